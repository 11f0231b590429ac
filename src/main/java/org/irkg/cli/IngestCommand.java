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

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders ('-' reads standard input)")
  List<Path> paths = new java.util.ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL_OR_FILE", description = "also read the items of this RSS or Atom feed (repeatable)")
  List<String> feeds = new java.util.ArrayList<>();

  @Option(names = "--allow-local", description = "let feeds and their links reach this machine and the local network")
  boolean allowLocal;

  @Option(names = "--server", paramLabel = "URL",
      description = "hand the articles to the 'irkg serve' at this URL (it holds the store) instead of opening --store;"
          + " the token comes from $IRKG_TOKEN or --token-file")
  String server;

  @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the server's write token (with --server)")
  Path tokenFile;

  @Mixin DictionaryOptions dictionaries;

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
    if (paths.isEmpty() && feeds.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give article files or folders, or --feed");
    }
    Problems.Counting problems = Problems.printing(spec.commandLine().getErr());
    if (server != null) {
      return HandOff.toServer(server, LiveSetup.secret(tokenFile), paths, feeds, reader(), fetcher(), problems,
          spec.commandLine().getOut());
    }
    dictionaries.dictionaries().read(); // a bad dictionary line is refused before any store is opened or made
    IngestJob.Summary s;
    String also = "";
    // Neo4j first: a wrong server or password is reported before anything is written anywhere;
    // then the store, so that a store another process holds is reported before the models load
    boolean made = store.isNew();
    try (Neo4jGraph g = toNeo4j ? neo4j.connect() : null; Tdb2Store st = store.open()) {
      Extractor extractor = Extractor.load(dictionaries.dictionaries());
      java.io.PrintWriter err = spec.commandLine().getErr();
      IngestJob job = new IngestJob(extractor, reader(), batch).threads(threads).force(force).bulk(bulk)
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
      if (!feeds.isEmpty()) {
        org.irkg.live.StoredItems stored = new org.irkg.live.StoredItems(st);
        List<org.irkg.doc.Article> items = new java.util.ArrayList<>();
        feeds.forEach(f -> items.addAll(fetcher().read(f, stored::contains, problems)));
        IngestJob.Summary fs = job.runArticles(items, st, problems);
        s = new IngestJob.Summary(s.files() + feeds.size(), s.articles() + fs.articles(), s.unchanged() + fs.unchanged(),
            s.facts() + fs.facts(), s.failed() + fs.failed(), s.tokens() + fs.tokens(), s.wallNanos() + fs.wallNanos(),
            s.stageNanos(), s.storeNanos() + fs.storeNanos(), s.skipped());
      }
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

  private ArticleReader reader() {
    return new ArticleReader(maxBytes);
  }

  private org.irkg.ingest.FeedReader fetcher() {
    return new org.irkg.ingest.FeedReader(new org.irkg.ingest.WebFetch(org.irkg.ingest.WebFetch.Limits.defaults(maxBytes, allowLocal)));
  }
}
