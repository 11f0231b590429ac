package org.irkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.irkg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg bench}: throughput, memory, loader and query figures, measured side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Measures ingest and query speed on a generated corpus.",
    description = {"Builds a corpus of N articles from the seeds (fresh ids), ingests it and prints "
            + "articles/s, tokens/s, quads/s, peak heap and the time of each stage; loads the same "
            + "N-Quads with irkg's batches, irkg's bulk path and Jena's bulk loader; and times every "
            + "query of queries/; then, when the peer is there, times irkg against Stanford CoreNLP's "
            + "French pipeline on the same articles in the same run and prints the ratio."})
public final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", defaultValue = "2000", description = "articles in the corpus (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--threads", description = "extraction threads (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--seeds", defaultValue = "seeds/articles", description = "articles to copy (default: ${DEFAULT-VALUE})")
  Path seeds;

  @Option(names = "--queries", defaultValue = "queries", description = "folder of .rq queries (default: ${DEFAULT-VALUE})")
  Path queries;

  @Option(names = "--dir", defaultValue = "target/bench", description = "work folder: its corpus and stores are made again, other files are left (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--query-runs", defaultValue = "9", description = "runs of each query (default: ${DEFAULT-VALUE})")
  int queryRuns;

  @Option(names = "--replay", defaultValue = "0", paramLabel = "N",
      description = "also time the queries on a store of N articles' worth of facts, made by replaying the corpus's graphs with fresh ids")
  int replay;

  @Option(names = "--peer", paramLabel = "DIR",
      description = "the peer to time irkg against in the same run, with its compare.sh (default: ../shared/peer-corenlp when it is there)")
  Path peer;

  @Option(names = "--no-peer", description = "do not run the side-by-side comparison")
  boolean noPeer;

  @Option(names = "--peer-articles", defaultValue = "3000", description = "French articles for the side-by-side comparison (default: ${DEFAULT-VALUE})")
  int peerArticles;

  @Option(names = "--load-seconds", defaultValue = "60", paramLabel = "S",
      description = "with --replay: 32 clients query irkg serve on the replayed store for S seconds; 0 skips it (default: ${DEFAULT-VALUE})")
  int loadSeconds;

  @Override
  public Integer call() throws Exception {
    Checks.atLeast(spec, "--articles", articles, 1);
    Checks.atLeast(spec, "--threads", threads, 1);
    Checks.atLeast(spec, "--query-runs", queryRuns, 1);
    Checks.atLeast(spec, "--replay", replay, 0);
    Checks.atLeast(spec, "--peer-articles", peerArticles, 1);
    Checks.atLeast(spec, "--load-seconds", loadSeconds, 0);
    Path defaultPeer = Path.of("..", "shared", "peer-corenlp");
    Path withPeer = noPeer ? null : peer != null ? peer : java.nio.file.Files.isDirectory(defaultPeer) ? defaultPeer : null;
    new Bench(new Bench.Options(articles, threads, seeds, queries, dir, Math.max(1, queryRuns), replay, withPeer, peerArticles, loadSeconds),
        spec.commandLine().getOut()).run();
    return 0;
  }
}
