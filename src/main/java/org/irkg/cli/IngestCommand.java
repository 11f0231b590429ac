package org.irkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.app.IngestJob;
import org.irkg.app.Neo4jPush;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.StoreException;
import org.irkg.store.Tdb2Store;
import org.irkg.store.neo4j.Neo4jGraph;
import org.irkg.store.neo4j.Neo4jLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irkg ingest PATH...}: read articles, extract facts, store them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles (.txt with front matter, .jsonl, .html; files or folders), extracts",
        "their facts and stores them, one named graph per article (re-ingesting replaces it).",
        "With --neo4j, each committed batch is also pushed to Neo4j (see 'irkg neo4j push').",
        "Exit code 1 when some input could not be read; the rest is still stored."})
public final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Neo4jOptions neo4j;

  @Option(names = "--neo4j", description = "also write to Neo4j (connection: --neo4j-uri or $NEO4J_URI ...)")
  boolean toNeo4j;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> paths;

  @Option(names = "--batch", defaultValue = "" + IngestJob.DEFAULT_BATCH, description = "articles per transaction (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "largest file read, in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--threads", description = "extraction threads (default: the number of cores, ${DEFAULT-VALUE} here)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "extract again articles that are unchanged since they were stored")
  boolean force;

  @Option(names = "--bulk", description = {"first load of an empty store through TDB2's bulk loader: one transaction",
      "for the whole run (several times faster; a killed run leaves the store empty, run it again)"})
  boolean bulk;

  @Option(names = "--no-progress-bar", description = "plain progress lines every 5 s, even on a terminal")
  boolean noProgressBar;

  @Override
  public Integer call() {
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    IngestJob.Summary s;
    String also = "";
    // Neo4j first: a wrong server or password is reported before anything is written anywhere;
    // then the store, so that a store another process holds is reported before the models load
    try (Neo4jGraph g = toNeo4j ? neo4j.connect() : null; Tdb2Store st = store.open()) {
      Extractor extractor = Extractor.load();
      java.io.PrintWriter err = spec.commandLine().getErr();
      IngestJob job = new IngestJob(extractor, new ArticleReader(maxBytes), batch).threads(threads).force(force).bulk(bulk)
          .log(line -> {
            err.println(line);
            err.flush();
          })
          .progress(new ProgressReport(err, System.console() != null && !noProgressBar));
      if (g != null) {
        also = " and " + g.connection();
        Neo4jPush push = new Neo4jPush(new Neo4jLoader(g), batch);
        job.onCommit(graphs -> {
          try {
            push.push(st, graphs);
          } catch (StoreException e) {
            throw new StoreException(e.getMessage() + "; the TDB2 store has the batch: run 'irkg neo4j push' to catch up", e);
          }
        });
      }
      s = job.run(paths, st, problems);
    }
    spec.commandLine().getOut().printf("ingested %d articles (%d facts) from %d files into %s%s%s%s in %.1f s%n",
        s.articles(), s.facts(), s.files(), store.store, also,
        s.unchanged() > 0 ? "; " + s.unchanged() + " unchanged, skipped" : "",
        problems.errors() > 0 ? "; " + problems.errors() + " errors" : "", s.wallNanos() / 1e9);
    return problems.errors() > 0 ? 1 : 0;
  }
}
