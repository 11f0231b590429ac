package org.irkg.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.irkg.serve.SparqlServer;
import org.irkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irkg serve}: a read-only SPARQL endpoint, the live actor graph and a query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serves the store over HTTP, read-only.",
    description = {"Apache Jena Fuseki gives the SPARQL protocol endpoint /kg/sparql; the actor graph is "
            + "built live from the store (/actors.html), and /sparql.html is a page to type SPARQL. The "
            + "server holds the store (TDB2 locks its folder) until it stops: Ctrl-C."})
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
    PrintWriter out = spec.commandLine().getOut();
    Path examples = queriesFolder(queries);
    Tdb2Store st = store.openExisting();
    SparqlServer server;
    try {
      server = SparqlServer.start(st, new SparqlServer.Options(host, port, Duration.ofSeconds(timeout), maxRows, examples, linkBase));
    } catch (RuntimeException e) {
      st.close();
      throw new UserException("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      st.close();
    }, "irkg-serve-stop"));
    out.printf("serving %s at %s (read-only; queries stop after %d s and return %d rows at most)%n", store.store, server.url(), timeout, maxRows);
    out.printf("  actor graph:  %sactors.html%n  SPARQL page:  %ssparql.html%n  endpoint:     %skg/sparql%n", server.url(), server.url(), server.url());
    if (!local) {
      out.println("warning: listening on " + host + ": anyone who can reach this machine can query the store");
    }
    out.println("Ctrl-C stops the server.");
    out.flush();
    server.join();
    return 0;
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
