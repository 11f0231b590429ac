package org.irkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.irkg.live.LiveWriter;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraphReader;
import org.irkg.viz.GraphJson;
import org.irkg.viz.HtmlPage;

/**
 * {@code irkg serve}: Apache Jena Fuseki over the TDB2 store, read-only. The dataset {@code /kg}
 * answers SPARQL queries only (at {@code /kg}, {@code /kg/query} and {@code /kg/sparql}): the server
 * knows no update, upload or Graph Store operation, so there is nothing a request could write
 * with. Each query has a time limit and a result cap. Beside it: the actor graph page built from
 * the store on each request ({@code /actors.html}, data at {@code /actors.json}) and a page to
 * type SPARQL ({@code /sparql.html}) with the queries of a folder as examples.
 */
public final class SparqlServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/kg";

  /**
   * How to serve.
   *
   * @param host the address to listen on (127.0.0.1 unless the user says otherwise)
   * @param port the port; 0 picks a free one
   * @param timeout how long one query may run
   * @param maxRows the most solutions one query returns
   * @param queries a folder of .rq files shown as examples on the SPARQL page, or null
   * @param linkBase prefix for links to articles read from files
   */
  public record Options(String host, int port, Duration timeout, long maxRows, Path queries, String linkBase, Live live) {
    public Options(String host, int port, Duration timeout, long maxRows, Path queries, String linkBase) {
      this(host, port, timeout, maxRows, queries, linkBase, null);
    }
  }

  /**
   * The server as the store's writer.
   *
   * @param writer ingests what arrives (POSTs, a watched folder, feeds)
   * @param token the secret a POST must carry, or null: then POSTs are refused
   * @param maxBytes the largest body a POST may send
   */
  public record Live(LiveWriter writer, WriteToken token, long maxBytes) {}

  private final FusekiServer server;
  private final String host;

  private SparqlServer(FusekiServer server, String host) {
    this.server = server;
    this.host = host;
  }

  /** Starts serving the store; the store stays open (and locked) until the caller closes it. */
  public static SparqlServer start(Tdb2Store store, Options o) {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    // Fuseki reads the timeout from the dataset's context; the store is the server's while it runs
    dsg.getContext().set(ARQ.queryTimeout, Long.toString(o.timeout().toMillis()));

    OperationRegistry ops = OperationRegistry.createEmpty();
    CappedQuery query = new CappedQuery(o.maxRows());
    ops.register(Operation.Query, WebContent.contentTypeSPARQLQuery, query);
    DataService service = DataService.newBuilder(dsg)
        .addEndpoint(Operation.Query, "")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.Query, "sparql")
        .build();
    LiveWriter writer = o.live() == null ? null : o.live().writer();
    // the version of what the store holds, for ETags: a restarted server starts a new series
    String series = Long.toString(System.currentTimeMillis(), 36);
    java.util.function.Supplier<String> etag = () -> "\"" + series + "-" + (writer == null ? 0 : writer.version()) + "\"";
    long articlesAtStart = writer != null ? writer.articles() : store.articleCount();
    java.util.function.Supplier<String> status = () -> status(writer, articlesAtStart, o.live());
    List<Example> examples = examples(o.queries());
    String sparqlPage = SparqlPage.render(examples, o.timeout(), o.maxRows(), o.linkBase(), o.queries());
    FusekiServer server = FusekiServer.create(ops)
        .port(o.port())
        .add(DATASET, service)
        .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
        .addServlet("", new PageServlet("text/html", () -> INDEX))
        .addServlet("/index.html", new PageServlet("text/html", () -> INDEX))
        .addServlet("/actors.html", new PageServlet("text/html", () ->
            HtmlPage.render(ActorGraphReader.read(store), "irkg: actors (live)", o.linkBase(), Map.of("SPARQL", "sparql.html"),
                etag.get()), etag))
        .addServlet("/actors.json", new PageServlet("application/json", () ->
            GraphJson.write(ActorGraphReader.read(store), o.linkBase()), etag))
        .addServlet("/status.json", new PageServlet("application/json", status))
        .addServlet("/sparql.html", new PageServlet("text/html", () -> sparqlPage))
        .addServlet(DATASET + "/articles", new ArticlesServlet(writer, o.live() == null ? null : o.live().token(),
            o.live() == null ? 0 : o.live().maxBytes()))
        .build();
    // build() made the connector; bind it to the address asked for before it opens
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(o.host());
      }
    }
    server.start();
    return new SparqlServer(server, o.host());
  }

  /** The store's size and last update, and whether it takes writes, as JSON. */
  private static String status(LiveWriter writer, long articlesAtStart, Live live) {
    org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
    o.put("articles", writer == null ? articlesAtStart : writer.articles());
    o.put("arrived", writer == null ? 0 : writer.arrived());
    o.put("version", writer == null ? 0 : writer.version());
    java.time.Instant last = writer == null ? null : writer.lastUpdate();
    if (last != null) {
      o.put("lastUpdate", last.toString());
    }
    o.put("writes", live != null && live.token() != null);
    return o.toString();
  }

  private static final String INDEX = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>irkg</title></head><body style="font-family: sans-serif">
      <h1>irkg</h1><ul>
      <li><a href="actors.html">The actor graph</a> (built from the store on each visit)</li>
      <li><a href="sparql.html">Type a SPARQL query</a></li>
      <li>SPARQL protocol endpoint (read-only): <code>/kg/sparql</code></li>
      </ul></body></html>
      """;

  /** An example query: its file name, its first comment line, its text. */
  record Example(String name, String comment, String text) {}

  static List<Example> examples(Path dir) {
    List<Example> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String comment = text.lines().filter(l -> l.startsWith("#")).findFirst().orElse("").replaceFirst("^#+\\s*", "");
        out.add(new Example(p.getFileName().toString(), comment, text));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read queries from " + dir, e);
    }
    return out;
  }

  /** The port the server listens on (the one chosen when asked for port 0). */
  public int port() {
    return server.getHttpPort();
  }

  /** The server's base URL, ending in '/'. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "localhost" : h) + ":" + port() + "/";
  }

  /** The addresses the server listens on, as its connectors were told. */
  public List<String> boundHosts() {
    List<String> hosts = new ArrayList<>();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        hosts.add(sc.getHost());
      }
    }
    return hosts;
  }

  /** Waits until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }
}
