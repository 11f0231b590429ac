package org.irkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.app.IngestJob;
import org.irkg.app.Neo4jPush;
import org.irkg.ingest.ArticleFiles;
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
    header = "Reads articles, extracts their facts and stores them.",
    description = {"Articles are .txt files with optional front matter, .jsonl (one article per line) and "
            + ".html pages, each also gzipped, given as files or folders ('-' reads standard input). "
            + "Each article is one named graph; ingesting it again replaces it, and an unchanged one is "
            + "skipped. An article is known by its id (front matter id:, JSON \"id\"), else its url (front matter url:, JSON \"url\"), else by its path below "
            + "the folder ingested.",
        "With --neo4j, each committed batch is also pushed to Neo4j (see 'irkg neo4j push').",
        "Exit code 1 when some input could not be read; the rest is still stored."})
public final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin Neo4jOptions neo4j;

  @Option(names = "--neo4j", description = "also write to Neo4j (connection: --neo4j-uri or $NEO4J_URI ...)")
  boolean toNeo4j;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders ('-' reads standard input)")
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

  @Option(names = "--bulk", description = "first load of an empty store through TDB2's bulk loader: one transaction"
      + " for the whole run (several times faster; a killed run leaves the store empty, run it again)")
  boolean bulk;

  @Option(names = {"-v", "--verbose"}, description = "list the files that were skipped, and why")
  boolean verbose;

  @Option(names = "--no-progress-bar", description = "plain progress lines every 5 s, even on a terminal")
  boolean noProgressBar;

  @Override
  public Integer call() {
    Checks.atLeast(spec, "--batch", batch, 1);
    Checks.atLeast(spec, "--threads", threads, 1);
    Checks.atLeast(spec, "--max-bytes", maxBytes, 1);
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    IngestJob.Summary s;
    String also = "";
    // Neo4j first: a wrong server or password is reported before anything is written anywhere;
    // then the store, so that a store another process holds is reported before the models load
    boolean made = store.isNew();
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
    if (made && s.articles() == 0 && problems.errors() > 0) {
      store.deleteMade(spec.commandLine().getErr()); // nothing could be read: no empty store left behind
    }
    java.io.PrintWriter out = spec.commandLine().getOut();
    out.printf("ingested %s (%s) from %s into %s%s%s%s in %.1f s%n",
        Plural.of(s.articles(), "article"), Plural.of(s.facts(), "fact"), Plural.of(s.files(), "file"), store.store, also,
        s.unchanged() > 0 ? "; " + s.unchanged() + " unchanged, skipped" : "",
        problems.errors() > 0 ? "; " + Plural.of(problems.errors(), "error") : "", s.wallNanos() / 1e9);
    String skipped = new ArticleFiles.Listing(List.of(), s.skipped()).skippedSummary();
    if (skipped != null) {
      out.println(skipped + (verbose ? ":" : "; --verbose lists them"));
      if (verbose) {
        s.skipped().forEach(k -> out.println("  " + k.path() + " (" + k.reason() + ")"));
      }
    }
    return problems.errors() > 0 ? 1 : 0;
  }
}
