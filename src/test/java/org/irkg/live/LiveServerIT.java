package org.irkg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.irkg.app.IngestJob;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.serve.SparqlServer;
import org.irkg.serve.WriteToken;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irkg serve} as the store's writer, over HTTP: each refusal of a write (no token, a wrong
 * one, writes off, a body too large, a malformed one), articles POSTed as JSON Lines and with
 * front matter, ETags that change when the store does, a watched folder that does not read a file
 * half-written, and 32 concurrent SPARQL clients while articles are POSTed: no error, no torn read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveServerIT {
  static final String TOKEN = "a-test-token-of-enough-length";
  static final String IR = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n";
  static final long MAX_BYTES = 300_000;
  @TempDir static Path dir;
  static Extractor extractor;
  static Tdb2Store store;
  static LiveWriter writer;
  static SparqlServer server;
  static SparqlServer readOnly;
  static final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
  static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    extractor = Extractor.load();
    store = Tdb2Store.open(dir.resolve("kg"));
    writer = new LiveWriter(store, new IngestJob(extractor, new ArticleReader(MAX_BYTES), 1000), log::add);
    server = SparqlServer.start(store, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), 1000, Path.of("queries"), "",
        new SparqlServer.Live(writer, WriteToken.of(TOKEN), MAX_BYTES)));
    readOnly = SparqlServer.start(store, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), 1000, null, ""));
  }

  @AfterAll
  static void stop() {
    readOnly.close();
    server.close();
    writer.close();
    store.close();
  }

  static HttpResponse<String> post(String base, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "kg/articles")).timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60));
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static long count(String query) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
        .getAsObject().get("n").getAsObject().get("value").getAsString().value());
  }

  static final String ARTICLES = IR + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ir:Article }";

  static String jsonLine(String id, String text) {
    JsonObject o = new JsonObject();
    o.put("id", id);
    o.put("text", text);
    return JSON.toStringFlat(o);
  }

  static List<Article> seeds() {
    return FeedServer.seedArticles();
  }

  @Test
  @Order(1)
  void everyRefusedWriteSaysWhyAndChangesNothing() throws Exception {
    String good = jsonLine("refused", seeds().get(0).text());
    HttpResponse<String> none = post(server.url(), null, good);
    assertEquals(401, none.statusCode(), none.body());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    HttpResponse<String> wrong = post(server.url(), TOKEN + "x", good);
    assertEquals(403, wrong.statusCode(), wrong.body());
    assertEquals(403, post(server.url(), "short", good).statusCode());
    HttpResponse<String> off = post(readOnly.url(), TOKEN, good);
    assertEquals(403, off.statusCode());
    assertTrue(off.body().contains("writing is off"), off.body());
    HttpResponse<String> big = post(server.url(), TOKEN, jsonLine("big", "Paris. ".repeat((int) MAX_BYTES / 7 + 10)));
    assertEquals(413, big.statusCode(), big.body());
    HttpResponse<String> bad = post(server.url(), TOKEN, "{\"id\": \"x\", \"text\": ");
    assertEquals(400, bad.statusCode(), bad.body());
    String why = JSON.parse(bad.body()).get("error").getAsString().value();
    assertTrue(why.startsWith("request:1: malformed JSON line"), why);
    assertFalse(why.contains("\n"), why);
    assertEquals(400, post(server.url(), TOKEN, "  \n").statusCode());
    assertEquals(400, post(server.url(), TOKEN, "{\"id\": \"no-text\"}").statusCode());
    assertEquals(405, get("kg/articles", null).statusCode());
    assertEquals(0, count(ARTICLES), "nothing refused was stored");
    assertFalse(log.stream().anyMatch(l -> l.contains(TOKEN)), "the token is never logged");
  }

  @Test
  @Order(2)
  void postedArticlesAreStoredAndTheAnswerSaysWhatBecameOfEach() throws Exception {
    List<Article> s = seeds();
    String body = jsonLine("posted-1", s.get(1).text()) + "\n{broken\n" + jsonLine("posted-2", s.get(2).text()) + "\n";
    HttpResponse<String> r = post(server.url(), TOKEN, body);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject a = JSON.parse(r.body());
    assertEquals(2, a.get("stored").getAsNumber().value().intValue(), r.body());
    assertEquals(1, a.get("errors").getAsArray().size(), r.body());
    assertEquals("request:2", a.get("errors").getAsArray().get(0).getAsObject().get("where").getAsString().value());
    JsonObject first = a.get("articles").getAsArray().get(0).getAsObject();
    assertEquals("stored", first.get("status").getAsString().value());
    assertTrue(first.get("facts").getAsNumber().value().intValue() > 0, r.body());
    String front = "---\nid: posted-3\ntitle: A posted article\nlang: en\ndate: 2018-03-05\n---\n" + s.get(3).text();
    HttpResponse<String> r2 = post(server.url(), TOKEN, front);
    assertEquals(200, r2.statusCode(), r2.body());
    assertTrue(r2.body().contains("\"https://w3id.org/irkg/id/article/posted-3\""), r2.body());
    HttpResponse<String> again = post(server.url(), TOKEN, front);
    assertEquals(0, JSON.parse(again.body()).get("stored").getAsNumber().value().intValue(), again.body());
    assertTrue(again.body().contains("\"unchanged\""), again.body());
    assertEquals(3, count(ARTICLES));
  }

  @Test
  @Order(3)
  void theGraphsEtagChangesWithTheStoreAndOnlyThen() throws Exception {
    HttpResponse<String> a = get("actors.json", null);
    String tag = a.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("actors.json", tag).statusCode());
    assertEquals(304, get("actors.html", tag).statusCode());
    JsonObject before = JSON.parse(get("status.json", null).body());
    post(server.url(), TOKEN, jsonLine("etag-article", seeds().get(4).text()));
    HttpResponse<String> b = get("actors.json", tag);
    assertEquals(200, b.statusCode());
    assertNotEquals(tag, b.headers().firstValue("ETag").orElseThrow());
    assertTrue(b.body().length() > a.body().length(), "the new article's actors are in");
    JsonObject after = JSON.parse(get("status.json", null).body());
    assertEquals(before.get("articles").getAsNumber().value().longValue() + 1, after.get("articles").getAsNumber().value().longValue());
    assertTrue(after.hasKey("lastUpdate"));
    assertTrue(get("actors.html", null).body().contains("var LIVE = \"" + b.headers().firstValue("ETag").orElseThrow().replace("\"", "\\\"") + "\""));
  }

  @Test
  @Order(4)
  void aWatchedFileIsReadOnceWholeNotWhileItIsWritten() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("inbox"));
    FolderWatch watch = new FolderWatch(watched, Duration.ofMillis(400), writer, log::add);
    Article seed = seeds().get(5);
    String full = "---\nid: watched\nlang: " + (seed.lang() == null ? "en" : seed.lang()) + "\n---\n" + seed.text();
    int half = full.length() / 2;
    Path f = watched.resolve("watched.txt");
    Files.writeString(f, full.substring(0, half));
    long before = writer.articles();
    assertEquals(0, watch.scan());
    assertEquals(0, watch.scan(), "a file written just now is not read");
    Thread.sleep(100);
    Files.writeString(f, full.substring(half), java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, watch.scan(), "a file that changed since the last scan is not read");
    Thread.sleep(500);
    assertEquals(1, watch.scan());
    assertEquals(0, watch.scan(), "read once");
    assertEquals(before + 1, writer.articles());
    Document whole = new Document(new ArticleReader(MAX_BYTES).readOne(f));
    extractor.newPipeline().process(whole);
    long facts = count(IR + "SELECT (COUNT(DISTINCT ?f) AS ?n) { GRAPH <https://w3id.org/irkg/id/article/watched> { ?f ir:source ?a } }");
    assertEquals(whole.facts().size(), facts, "the stored article is the whole file's");
    watch.close();
  }

  @Test
  @Order(5)
  void thirtyTwoClientsQueryWhileArticlesArePosted() throws Exception {
    int perBody = 5;
    long start = count(ARTICLES);
    List<String> queries = new ArrayList<>();
    queries.add(ARTICLES);
    for (Path q : Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
      queries.add(Files.readString(q));
    }
    AtomicBoolean posting = new AtomicBoolean(true);
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger torn = new AtomicInteger();
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread poster = new Thread(() -> {
      try {
        List<Article> s = seeds();
        for (int b = 0; b < 12; b++) {
          StringBuilder body = new StringBuilder();
          for (int i = 0; i < perBody; i++) {
            body.append(jsonLine("load-" + b + "-" + i, s.get((b * perBody + i) % s.size()).text() + "\nVariante " + b + "-" + i + ".")).append('\n');
          }
          HttpResponse<String> r = post(server.url(), TOKEN, body.toString());
          if (r.statusCode() != 200) {
            firstErrors.add("POST " + r.statusCode() + " " + r.body());
          }
        }
      } catch (Exception e) {
        firstErrors.add("POST " + e);
      } finally {
        posting.set(false);
      }
    });
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 32; c++) {
      int id = c;
      clients.add(new Thread(() -> {
        long seen = start;
        int k = id;
        while (posting.get()) {
          String q = queries.get(k++ % queries.size());
          long t = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t);
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
              firstErrors.add(r.statusCode() + " " + r.body());
            } else if (q == ARTICLES) {
              long n = Long.parseLong(JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
                  .getAsObject().get("n").getAsObject().get("value").getAsString().value());
              // one POST is one transaction: a reader sees all of its articles or none, never fewer than before
              if ((n - start) % perBody != 0 || n < seen) {
                torn.incrementAndGet();
                firstErrors.add("torn read: " + n + " articles after " + seen);
              }
              seen = n;
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            firstErrors.add(e.toString());
          }
        }
      }));
    }
    long t0 = System.nanoTime();
    clients.forEach(Thread::start);
    poster.start();
    poster.join();
    for (Thread c : clients) {
      c.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(List.of(), firstErrors.subList(0, Math.min(5, firstErrors.size())));
    assertEquals(0, errors.get());
    assertEquals(0, torn.get());
    assertEquals(start + 12 * perBody, count(ARTICLES));
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    assertTrue(sorted.size() > 100, "the clients ran: " + sorted.size());
    System.out.printf("live load: 32 SPARQL clients during an ingest of %d POSTed articles (%.1f s): %d queries, %.0f/s, "
        + "p50 %.1f ms, p99 %.1f ms, errors %d, torn reads %d%n", 12 * perBody, secs, sorted.size(), sorted.size() / secs,
        sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, errors.get(), torn.get());
  }
}
