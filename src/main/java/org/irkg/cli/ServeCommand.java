package org.irkg.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.irkg.serve.SparqlServer;
import org.irkg.serve.WriteToken;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg serve}: a SPARQL endpoint, the live actor graph and a query page; the store's writer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serves the store over HTTP, and ingests while it serves.",
    description = {"Apache Jena Fuseki gives the SPARQL protocol endpoint /kg/sparql (queries only); the actor graph is "
            + "built live from the store (/actors.html) and grows while it is open; /sparql.html is a page to type SPARQL. The "
            + "server holds the store (TDB2 locks its folder) until it stops: Ctrl-C.",
        "The server is the store's one writer: articles POSTed to /kg/articles (when a token is set: the environment "
            + "variable IRKG_TOKEN or --token-file), the files of --watch DIR and the items of each --feed are ingested "
            + "as 'irkg ingest' does, while readers query snapshots."})
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network)")
  String host;

  @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "longest time one query may run (default: ${DEFAULT-VALUE} s)")
  int timeout;

  @Option(names = "--max-rows", defaultValue = "10000", description = "most results one query returns (default: ${DEFAULT-VALUE})")
  long maxRows;

  @Option(names = "--queries", defaultValue = "queries", description = "folder of example .rq queries for the SPARQL page (default: ${DEFAULT-VALUE})")
  Path queries;

  @Option(names = "--link-base", paramLabel = "PREFIX", defaultValue = "",
      description = "prefix for links to articles read from files (URLs are linked as they are)")
  String linkBase;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "file holding the secret that POST /kg/articles requires (else $IRKG_TOKEN; without either, writing over HTTP is off)")
  Path tokenFile;

  @Option(names = "--max-bytes", defaultValue = "" + org.irkg.ingest.ArticleReader.DEFAULT_MAX_BYTES,
      description = "largest POST body, fetched feed or page, in bytes (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Option(names = "--watch", paramLabel = "DIR", description = "ingest the article files of this folder as they land or change")
  Path watch;

  @Option(names = "--feed", paramLabel = "URL_OR_FILE", description = "an RSS or Atom feed to poll (repeatable)")
  java.util.List<String> feeds = new java.util.ArrayList<>();

  @Option(names = "--poll", paramLabel = "MINUTES", defaultValue = "15",
      description = "minutes between two polls of a feed (default: ${DEFAULT-VALUE}; decimals allowed)")
  double pollMinutes;

  @Option(names = "--allow-local", description = "let feeds and their links reach this machine and the local network (off: a feed is untrusted input)")
  boolean allowLocal;

  @Option(names = "--batch", defaultValue = "" + org.irkg.app.IngestJob.DEFAULT_BATCH, description = "articles per transaction (default: ${DEFAULT-VALUE})")
  int batch;

  @Override
  public Integer call() {
    Checks.port(spec, "--port", port);
    Checks.atLeast(spec, "--timeout", timeout, 1);
    Checks.atLeast(spec, "--max-rows", maxRows, 1);
    boolean local;
    try {
      local = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UserException("--host " + host + " is not an address of this machine");
    }
    Checks.atLeast(spec, "--max-bytes", maxBytes, 1);
    Checks.atLeast(spec, "--batch", batch, 1);
    if (pollMinutes <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--poll must be more than 0 minutes");
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw new UserException("--watch " + watch + ": no such folder");
    }
    WriteToken token = LiveSetup.token(tokenFile);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path examples = queriesFolder(queries);
    boolean writes = token != null || watch != null || !feeds.isEmpty();
    // a server that writes may start a graph from nothing; one that only reads needs a store
    Tdb2Store st = writes && store.isNew() ? store.open() : store.openExisting();
    LiveSetup live = null;
    SparqlServer server;
    try {
      live = writes ? LiveSetup.start(st, batch, maxBytes, err) : null;
      SparqlServer.Live l = live == null ? null : new SparqlServer.Live(live.writer(), token, maxBytes);
      server = SparqlServer.start(st, new SparqlServer.Options(host, port, Duration.ofSeconds(timeout), maxRows, examples, linkBase, l));
    } catch (RuntimeException e) {
      if (live != null) {
        live.close();
      }
      st.close();
      throw e instanceof UserException u ? u : new UserException("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
    Path servedAt = store.store.resolve(StoreOption.SERVED_AT);
    writeQuietly(servedAt, server.url());
    LiveSetup running = live;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (running != null) {
        running.close(); // the run under way commits its batch; nothing new starts
      }
      server.close();
      st.close();
      try {
        Files.deleteIfExists(servedAt);
      } catch (java.io.IOException e) {
        // a stale file only adds a hint to an error message
      }
    }, "irkg-serve-stop"));
    out.printf("serving %s at %s (queries stop after %d s and return %d rows at most)%n", store.store, server.url(), timeout, maxRows);
    out.printf("  actor graph:  %sactors.html%n  SPARQL page:  %ssparql.html%n  endpoint:     %skg/sparql%n", server.url(), server.url(), server.url());
    out.printf("  writes:       %s%n", token != null ? "POST " + server.url() + "kg/articles (with the token)" : "off over HTTP (no token set)");
    if (!local) {
      out.println("warning: listening on " + host + ": anyone who can reach this machine can query the store");
      if (token != null) {
        out.println("warning: writes are enabled on a non-loopback address: anyone with the token can add articles (use HTTPS in front)");
      }
    }
    if (live != null) {
      if (watch != null) {
        live.watch(watch);
        out.println("  watching:     " + watch);
      }
      if (!feeds.isEmpty()) {
        live.poll(feeds, Duration.ofMillis((long) (pollMinutes * 60_000)), allowLocal);
        out.printf("  feeds:        %d, polled every %s min%n", feeds.size(), pollMinutes % 1 == 0 ? Long.toString((long) pollMinutes) : Double.toString(pollMinutes));
      }
    }
    out.println("Ctrl-C stops the server.");
    out.flush();
    server.join();
    return 0;
  }

  private static void writeQuietly(Path f, String text) {
    try {
      Files.writeString(f, text + "\n");
    } catch (java.io.IOException e) {
      // only a hint for 'ingest' on a held store
    }
  }

  /**
   * The folder of example queries: as given; else, for the default "queries" run from elsewhere,
   * the checkout's queries/ beside the jar (target/irkg.jar), so the SPARQL page has its examples
   * wherever the server is started from. The page says so when there are none.
   */
  static Path queriesFolder(Path given) {
    if (Files.isDirectory(given) || given.isAbsolute() || given.getNameCount() != 1) {
      return given;
    }
    try {
      Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.toAbsolutePath().getParent().getParent().resolve(given);
      return Files.isDirectory(beside) ? beside : given;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return given;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
