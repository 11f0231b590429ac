package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.serve.SparqlServer;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraph;
import org.irkg.viz.ActorGraphReader;
import org.irkg.viz.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The actor graph page in a real (headless) browser: exported to a file, and served live. */
class VizBrowserIT {
  static final String NATO = "https://w3id.org/irkg/id/org/nato";
  static final String PREFIX = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n"
      + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

  @TempDir static Path dir;
  static Path store;
  static Path page;
  static int actors;
  static int states;
  static Set<String> natoEvidence;
  static ActorGraph graph;
  static Browser browser;

  @BeforeAll
  static void ingestAndExport() throws Exception {
    store = dir.resolve("kg");
    Cli r = Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", store.toString());
    assertEquals(0, r.code(), r.err());
    try (Tdb2Store st = Tdb2Store.open(store)) {
      actors = count(st, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x }");
      states = count(st, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x . ?x a ir:State }");
      natoEvidence = new TreeSet<>();
      ResultSetRewindable rs = st.select(PREFIX + "SELECT DISTINCT ?ev WHERE {"
          + " VALUES ?p { ir:member ir:organization ir:holder ir:roleOf ir:participant ir:party rdf:subject rdf:object"
          + " ir:sourceActor ir:targetActor }"
          + " ?f ?p <" + NATO + "> ; ir:source ?a ; ir:evidence ?ev }", null);
      rs.forEachRemaining(s -> natoEvidence.add(s.getLiteral("ev").getLexicalForm()));
      graph = ActorGraphReader.read(st);
    }
    assertTrue(actors > 10 && states > 3 && natoEvidence.size() > 3, actors + " " + states + " " + natoEvidence);
    page = Path.of("target", "it", "actors-seed.html").toAbsolutePath();
    Cli v = Cli.run("viz", "--store", store.toString(), "-o", page.toString());
    assertEquals(0, v.code(), v.err());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  static int count(Tdb2Store st, String q) {
    return st.select(PREFIX + q, null).next().getLiteral("n").getInt();
  }

  @Test
  void theExportedPageDrawsEveryActorAndShowsNatosEvidence() throws Exception {
    assertTrue(Files.readString(page).length() > 400_000, "the library is inlined");
    assertEquals(actors, browser.openGraph(page.toUri().toString()), "nodes drawn = actors in the store");
    // coded events (edges coloured by QuadClass) are drawn on demand: their boxes start unticked
    assertEquals(graph.edges().stream().filter(e -> !e.kind().key().startsWith("quad")).count(), (long) browser.drawn("data-edges"));
    assertTrue(graph.edges().stream().anyMatch(e -> e.kind().key().equals("quad3")), "the seed article has verbal conflict");
    browser.screenshot("actors-seed.png");
    assertNatoPanel();
    browser.screenshot("actors-seed-nato.png");

    // an edge: Donald Trump criticizes NATO
    String criticizes = (String) browser.js("return irkg.data.edges.filter(function (e) { return e.kind === 'criticizes'; })[0].id");
    browser.clickEdge(criticizes);
    browser.waitUntil(d -> d.findElement(By.cssSelector("#panel h2")).getText().equals("Donald Trump \u2192 NATO"));
    assertTrue(browser.find(By.cssSelector("#panel .meta")).getText().startsWith("criticizes"));
    assertTrue(browser.find(By.cssSelector("#panel blockquote.evidence")).getAttribute("textContent")
        .contains("il avait vivement critiqué l'OTAN"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  private void assertNatoPanel() {
    browser.clickNode(NATO);
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#panel:not([hidden]) blockquote.evidence")).isEmpty());
    assertTrue(browser.find(By.cssSelector("#panel h2")).getText().contains("North Atlantic Treaty Organization"));
    Set<String> shown = new TreeSet<>();
    for (WebElement q : browser.findAll(By.cssSelector("#panel blockquote.evidence"))) {
      shown.add(q.getAttribute("textContent"));
    }
    assertEquals(natoEvidence, shown, "the panel shows every evidence sentence of NATO's facts");
    List<WebElement> links = browser.findAll(By.cssSelector("#panel .fact .source a"));
    assertFalse(links.isEmpty());
    assertTrue(links.get(0).getAttribute("href").endsWith("seed-fr.txt"), links.get(0).getAttribute("href"));
  }

  @Test
  void filtersChangeWhatIsDrawn() throws Exception {
    browser.openGraph(page.toUri().toString());
    int edges = browser.drawn("data-edges");
    browser.find(By.cssSelector("input[data-filter=types][value=State]")).click();
    assertEquals(actors - states, browser.drawn("data-nodes"), "states hidden");
    assertTrue(browser.drawn("data-edges") < edges, "their links too");
    browser.find(By.cssSelector("input[data-filter=types][value=State]")).click();
    assertEquals(actors, browser.drawn("data-nodes"));

    long meetings = graph.edges().stream().filter(e -> e.kind().key().equals("meeting")).count();
    assertTrue(meetings > 0);
    browser.find(By.cssSelector("input[data-filter=kinds][value=meeting]")).click();
    assertEquals(edges - meetings, browser.drawn("data-edges"), "'met with' links hidden");
    assertEquals(actors, browser.drawn("data-nodes"), "actors stay");
    browser.screenshot("actors-seed-no-meetings.png");

    browser.js("var i = document.getElementById('date-from'); i.value = '2017-01-01'; i.dispatchEvent(new Event('change'));");
    assertEquals(0, browser.drawn("data-nodes"), "the seed article is of 2016-12-06");
    browser.find(By.id("reset")).click();
    assertEquals(actors, browser.drawn("data-nodes"));
    assertEquals(edges, browser.drawn("data-edges"));

    long conflict = graph.edges().stream().filter(e -> e.kind().key().equals("quad3")).count();
    browser.find(By.cssSelector("input[data-filter=kinds][value=quad3]")).click();
    assertEquals(edges + conflict, browser.drawn("data-edges"), "coded events of verbal conflict drawn on demand");
    browser.find(By.id("reset")).click();
    assertEquals(edges, browser.drawn("data-edges"), "and hidden again by the reset");

    browser.find(By.cssSelector("input[data-filter=langs][value=fr]")).click();
    assertEquals(0, browser.drawn("data-nodes"), "the seed article is French");
    browser.find(By.id("reset")).click();

    browser.find(By.id("search")).sendKeys("OTAN");
    assertEquals(Boolean.TRUE, browser.js("return irkg.cy.getElementById(arguments[0]).hasClass('match')", NATO),
        "the French alias finds NATO");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theServedPageIsBuiltFromTheStore() throws Exception {
    try (Tdb2Store st = Tdb2Store.open(store);
        SparqlServer server = SparqlServer.start(st, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(10),
            1000, Path.of("queries"), ""))) {
      assertEquals(actors, browser.openGraph(server.url() + "actors.html"), "nodes drawn = actors in the store");
      assertNatoPanel();
      browser.screenshot("actors-served.png");
      assertEquals(List.of(), browser.consoleErrors());

      browser.open(server.url() + "sparql.html");
      WebElement examples = browser.find(By.id("examples"));
      var select = new org.openqa.selenium.support.ui.Select(examples);
      select.getOptions().stream().filter(o -> o.getText().startsWith("alliance-members.rq")).findFirst().orElseThrow().click();
      browser.find(By.id("run")).click();
      browser.waitUntil(d -> d.findElements(By.cssSelector("#results tr")).size() > 1);
      String table = browser.find(By.id("results")).getText();
      assertTrue(table.contains("Finland") && table.contains("false"), table);
      browser.screenshot("sparql-page.png");

      // a result cut at --max-rows says so; an article's web address is a link
      browser.js("document.getElementById('query').value = arguments[0];", "SELECT ?s ?p ?o { ?s ?p ?o }");
      browser.find(By.id("run")).click();
      browser.waitUntil(d -> d.findElement(By.id("status")).getText().contains("rows in"));
      String status = browser.find(By.id("status")).getText();
      assertTrue(status.startsWith("1000 rows in") && status.contains("cut at the server's limit of 1000 rows"), status);
      browser.js("document.getElementById('query').value = arguments[0];",
          "SELECT ?article ?title { VALUES (?article ?title) { (\"https://example.org/a\" \"A\") } }");
      browser.find(By.id("run")).click();
      browser.waitUntil(d -> !d.findElements(By.cssSelector("#results td a")).isEmpty());
      assertEquals("https://example.org/a", browser.find(By.cssSelector("#results td a")).getAttribute("href"));
      assertTrue(browser.find(By.id("status")).getText().startsWith("1 row in"));
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  /**
   * Served by a server that takes writes: an article POSTed while the page is open is drawn without
   * a reload (the page polls with the store's version), the page says it arrived, and the SPARQL
   * page shows the store's size and last update.
   */
  @Test
  void theLivePageDrawsWhatArrivesWithoutAReload() throws Exception {
    Path live = dir.resolve("kg-live");
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", live.toString()).code());
    String token = "a-token-for-the-browser-test";
    try (Tdb2Store st = Tdb2Store.open(live);
        org.irkg.live.LiveWriter writer = new org.irkg.live.LiveWriter(st, new org.irkg.app.IngestJob(
            org.irkg.pipeline.Extractor.load(), new org.irkg.ingest.ArticleReader(1 << 20), 1000), m -> { });
        SparqlServer server = SparqlServer.start(st, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(10),
            1000, Path.of("queries"), "", new SparqlServer.Live(writer, org.irkg.serve.WriteToken.of(token), 1 << 20)))) {
      assertEquals(actors, browser.openGraph(server.url() + "actors.html"));
      String ghana = "https://w3id.org/irkg/id/state/GHA";
      assertEquals(Boolean.FALSE, browser.js("return irkg.cy.getElementById(arguments[0]).nonempty()", ghana));

      String article = "{\"id\": \"live-1\", \"title\": \"Accra\", \"lang\": \"fr\", \"date\": \"2017-03-07\", \"text\":"
          + " \"Le Ghana et le Burkina Faso ont signé mardi un accord de coopération sur la sécurité à leur frontière.\"}";
      var http = java.net.http.HttpClient.newHttpClient();
      var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "kg/articles"))
          .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofString(article)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());

      // no reload: the page polls every 3 s
      browser.waitUntil(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-arrived")));
      assertEquals(Boolean.TRUE, browser.js("return irkg.cy.getElementById(arguments[0]).nonempty()", ghana),
          "the new actor is drawn");
      assertTrue(browser.find(By.id("live")).getText().contains("1 new article since this page was opened"),
          browser.find(By.id("live")).getText());
      long nodes = (Long) browser.js("return irkg.cy.nodes().length");
      assertTrue(nodes > actors, "the actors drawn grew: " + nodes + " after " + actors);
      browser.screenshot("actors-live.png");
      assertEquals(List.of(), browser.consoleErrors());

      browser.open(server.url() + "sparql.html");
      browser.waitUntil(d -> d.findElement(By.id("store-status")).getText().contains("last update"));
      assertTrue(browser.find(By.id("store-status")).getText().contains("2 articles"), browser.find(By.id("store-status")).getText());
    }
  }
}
