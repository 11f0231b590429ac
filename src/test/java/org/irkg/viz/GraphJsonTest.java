package org.irkg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The writers on a hand-made graph whose texts try to break out of their quoting. */
class GraphJsonTest {
  static final String NASTY = "</script><script>alert(1)</script> \"quoted\" back\\slash\nline & <b>";

  static ActorGraph graph() {
    var article = new ActorGraph.Article("https://w3id.org/irkg/id/article/a", NASTY, "javascript:alert(1)", "fr", "2020-01-02");
    var fact = new ActorGraph.Fact("https://w3id.org/irkg/id/relation/a-1", "Relation", "A criticizes B", List.of(NASTY), 0, 0.6, null);
    var a = new ActorGraph.Node("urn:a", NASTY, NASTY, ActorKind.of("State"), List.of(0), List.of(0), List.of(NASTY), List.of("fr"), "2020-01-02", "2020-01-02");
    var b = new ActorGraph.Node("urn:b", "B", "B", ActorKind.of("Nonsense"), List.of(0), List.of(0), List.of(), List.of("fr"), null, null);
    var e = new ActorGraph.Edge("urn:a", "urn:b", EdgeKind.of("criticizes"), false, List.of(0));
    return new ActorGraph(List.of(article), List.of(a, b), List.of(e), List.of(fact));
  }

  @Test
  void jsonParsesBackAndCannotCloseTheScriptElement() {
    String json = GraphJson.write(graph(), "../articles/", Map.of("SPARQL", "sparql.html"));
    assertFalse(json.contains("<"), "no '<' at all: the JSON sits inside <script>");
    JsonObject o = JSON.parse(json);
    assertEquals(NASTY, o.get("nodes").getAsArray().get(0).getAsObject().get("name").getAsString().value());
    assertEquals("Actor", o.get("nodes").getAsArray().get(1).getAsObject().get("kind").getAsString().value(), "unknown kind");
    assertFalse(o.get("articles").getAsArray().get(0).getAsObject().hasKey("href"), "no javascript: link");
  }

  @Test
  void linksGoToUrlsOrUnderTheBase() {
    assertEquals("https://example.org/a?b=1", GraphJson.href("https://example.org/a?b=1", "../x/"));
    assertEquals("../seeds/articles/seed-fr.txt", GraphJson.href("seed-fr.txt", "../seeds/articles/"));
    assertEquals("a%20b.jsonl#3", GraphJson.href("a b.jsonl#3", ""));
    assertNull(GraphJson.href("data:text/html,x", ""));
    assertNull(GraphJson.href("JavaScript:alert(1)", ""));
  }

  @Test
  void thePageInlinesTheLibraryAndTheData() {
    String page = HtmlPage.render(graph(), "A <title> & more", "", Map.of());
    assertTrue(page.contains("<title>A &lt;title&gt; &amp; more</title>"));
    assertFalse(page.contains("/*@DATA@*/") || page.contains("/*@CYTOSCAPE@*/"));
    assertTrue(page.length() > 400_000, "cytoscape.min.js is inlined");
    assertEquals(2, page.split("</script>", -1).length - 1, "only the two script elements close");
  }

  @Test
  void dotQuotesEverything() {
    StringWriter w = new StringWriter();
    DotWriter.write(graph(), w);
    String dot = w.toString();
    assertTrue(dot.contains("\\\"quoted\\\" back\\\\slash\\nline"), dot);
    assertTrue(dot.contains("\"urn:a\" -> \"urn:b\" [kind=\"criticizes\""), dot);
    assertEquals(2, dot.lines().filter(l -> l.matches("  \"urn:[ab]\" \\[.*")).count());
  }
}
