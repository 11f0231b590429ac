package org.irkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.irkg.app.IngestJob;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irkg ingest PATH...}: read articles, extract facts, store them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles (.txt with front matter, .jsonl, .html; files or folders), extracts",
        "their facts and stores them, one named graph per article (re-ingesting replaces it).",
        "Exit code 1 when some input could not be read; the rest is still stored."})
public final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> paths;

  @Option(names = "--batch", defaultValue = "64", description = "articles per transaction (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "largest file read, in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--threads", description = "extraction threads (default: the number of cores, ${DEFAULT-VALUE} here)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "extract again articles that are unchanged since they were stored")
  boolean force;

  @Override
  public Integer call() {
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    Extractor extractor = Extractor.load();
    IngestJob.Summary s;
    try (Tdb2Store st = store.open()) {
      s = new IngestJob(extractor, new ArticleReader(maxBytes), batch).threads(threads).force(force)
          .progress(line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
          })
          .run(paths, st, problems);
    }
    spec.commandLine().getOut().printf("ingested %d articles (%d facts) from %d files into %s%s%s in %.1f s%n",
        s.articles(), s.facts(), s.files(), store.store,
        s.unchanged() > 0 ? "; " + s.unchanged() + " unchanged, skipped" : "",
        problems.errors() > 0 ? "; " + problems.errors() + " errors" : "", s.wallNanos() / 1e9);
    return problems.errors() > 0 ? 1 : 0;
  }
}
