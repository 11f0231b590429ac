package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.irkg.serve.SparqlServer;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irkg serve} over HTTP with a plain client: it answers SPARQL, and refuses to change the
 * store (SPARQL Update, Graph Store writes), to run for ever, to return everything, or to serve files.
 */
class ServeIT {
  static final String IR = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n";
  static final String COUNT_ACTORS = IR + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x }";
  static final String COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

  @TempDir static Path dir;
  static Path storeDir;
  static Path copyDir;
  static Tdb2Store store;
  static SparqlServer server;
  static String base;
  static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    storeDir = dir.resolve("kg");
    Cli r = Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", storeDir.toString());
    assertEquals(0, r.code(), r.err());
    // a copy of the closed store for the test that runs 'irkg serve' as its own process
    copyDir = dir.resolve("kg-copy");
    try (Stream<Path> files = Files.walk(storeDir)) {
      for (Path p : files.filter(f -> !f.getFileName().toString().endsWith(".lock")).toList()) {
        Files.copy(p, copyDir.resolve(storeDir.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    store = Tdb2Store.open(storeDir);
    server = SparqlServer.start(store, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(2), 5, Path.of("queries"), ""));
    base = server.url();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  static JsonObject select(String query) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + q(query)))
        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.parse(r.body());
  }

  static long number(String query) throws Exception {
    return Long.parseLong(select(query).get("results").getAsObject().get("bindings").getAsArray().get(0)
        .getAsObject().get("n").getAsObject().get("value").getAsString().value());
  }

  static int rows(String query) throws Exception {
    return select(query).get("results").getAsObject().get("bindings").getAsArray().size();
  }

  @Test
  void answersSparqlOverHttp() throws Exception {
    assertEquals(20, number(COUNT_ACTORS), "the union of the article graphs, as irkg query sees it");
    HttpResponse<String> post = send("POST", "kg/query", "application/sparql-query", "ASK { ?s ?p ?o }");
    assertEquals(200, post.statusCode(), post.body());
    assertTrue(post.body().contains("true"), post.body());
    assertTrue(server.boundHosts().stream().allMatch(h -> h.equals("127.0.0.1")), server.boundHosts().toString());
  }

  @Test
  void refusesUpdatesAndGraphStoreWrites() throws Exception {
    long before = number(COUNT_TRIPLES);
    String insert = "INSERT DATA { <urn:x:s> <urn:x:p> \"planted\" }";
    int[] codes = {
      send("POST", "kg/update", "application/x-www-form-urlencoded", "update=" + q(insert)).statusCode(),
      send("POST", "kg", "application/sparql-update", insert).statusCode(),
      send("POST", "kg/sparql", "application/sparql-update", insert).statusCode(),
      send("POST", "kg/sparql", "application/x-www-form-urlencoded", "update=" + q(insert)).statusCode(),
      send("POST", "kg/sparql", "application/x-www-form-urlencoded", "query=" + q(insert)).statusCode(),
      send("PUT", "kg?default", "text/turtle", "<urn:x:s> <urn:x:p> \"planted\" .").statusCode(),
      send("POST", "kg?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> \"planted\" .").statusCode(),
      send("PUT", "kg/data?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> \"planted\" .").statusCode(),
      send("POST", "kg/upload", "text/turtle", "<urn:x:s> <urn:x:p> \"planted\" .").statusCode(),
      send("DELETE", "kg?default", "text/plain", "").statusCode(),
      send("POST", "actors.html", "text/plain", "x").statusCode(),
    };
    for (int c : codes) {
      assertTrue(c >= 400 && c < 500, "refused with a 4xx: " + java.util.Arrays.toString(codes));
    }
    assertEquals(before, number(COUNT_TRIPLES), "nothing written");
    assertEquals(0, rows("SELECT ?o { <urn:x:s> ?p ?o }"));
  }

  @Test
  void capsResultsAndTimesOut() throws Exception {
    assertEquals(5, rows("SELECT ?s ?p ?o { ?s ?p ?o }"), "no LIMIT: capped at --max-rows");
    assertEquals(5, rows("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 100000"), "a larger LIMIT: capped");
    assertEquals(3, rows("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 3"), "a smaller LIMIT: kept");
    long t0 = System.nanoTime();
    HttpResponse<String> r = get("kg/sparql?query=" + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertTrue(r.statusCode() >= 500 || r.statusCode() == 408, r.statusCode() + " " + r.body());
    assertTrue(ms < 20_000, "stopped by the 2 s timeout, not finished: " + ms + " ms");
    assertEquals(20, number(COUNT_ACTORS), "the server still answers");
  }

  @Test
  void servesThePagesAndNoFiles() throws Exception {
    HttpResponse<String> page = get("actors.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("cytoscape") && page.body().contains("https://w3id.org/irkg/id/org/nato"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent());
    JsonObject json = JSON.parse(get("actors.json").body());
    assertEquals(20, json.get("nodes").getAsArray().size());
    HttpResponse<String> sparql = get("sparql.html");
    assertEquals(200, sparql.statusCode());
    assertTrue(sparql.body().contains("alliance-members.rq"), "the queries of queries/ are the examples");
    assertEquals(200, get("").statusCode());
    for (String trick : new String[] {"../../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "kg/..%2f..%2f..%2fetc%2fpasswd", "actors.html/../../etc/passwd", "pom.xml", "..%5c..%5cpom.xml"}) {
      HttpResponse<String> r;
      try {
        r = get(trick);
      } catch (IllegalArgumentException e) {
        continue; // the client itself refused the path
      }
      assertFalse(r.statusCode() == 200 && (r.body().contains("root:") || r.body().contains("<project")), trick + " served a file");
    }
  }

  @Test
  void theServeCommandBindsToLocalhostAndHoldsTheStore() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.irkg.cli.IrkgCommand", "serve", "--port", "0",
        "--store", copyDir.toString()).redirectError(dir.resolve("serve.err").toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.startsWith("serving ") && first.contains("http://127.0.0.1:"), first);
      String url = first.substring(first.indexOf("http://"), first.indexOf('/', first.indexOf("http://") + 7) + 1);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "kg/sparql?query=" + q(COUNT_ACTORS)))
          .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("\"20\""), r.body());
      Cli held = Cli.run("stats", "--store", copyDir.toString());
      assertEquals(1, held.code());
      assertTrue(held.err().contains("in use by another irkg process"), held.err());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "irkg serve stops on SIGTERM");
    }
    assertEquals(0, Cli.run("stats", "--store", copyDir.toString()).code(), "the store is free again");
  }

  @Test
  void userMistakesAreOneLine() {
    Cli r = Cli.run("serve", "--port", "70000", "--store", storeDir.toString());
    assertEquals(2, r.code()); // a usage mistake
    assertTrue(r.err().startsWith("error: --port must be a port from 0 to 65535, not 70000\n"), r.err());
    Cli missing = Cli.run("serve", "--store", dir.resolve("nowhere").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("error: no store at"), missing.err());
  }
}
