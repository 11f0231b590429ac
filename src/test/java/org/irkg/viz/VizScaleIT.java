package org.irkg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Readable at 300 actors: a made-up graph of that size (mention counts skewed as in news,
 * meetings that link every pair of their participants) is laid out in the browser in bounded
 * time, every actor drawn, and no label drawn over another.
 */
class VizScaleIT {
  static final String[] TYPES = {"State", "Person", "InternationalOrganization", "Alliance", "GovernmentBody", "ArmedGroup"};
  static final String[] RELATIONS = {"cooperatesWith", "supports", "criticizes", "opposes", "threatens", "membership", "position"};

  static final String[] SYLLABLES = {"ka", "ro", "vi", "na", "tel", "mar", "sun", "do", "ria", "bel", "gor", "an", "is", "lu", "pek", "zan"};

  static String word(Random r) {
    StringBuilder w = new StringBuilder();
    for (int k = 0; k < 2 + r.nextInt(3); k++) {
      w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Made-up names of the lengths news names have. */
  static String name(Random r, String type) {
    return switch (type) {
      case "State" -> word(r);
      case "Person" -> word(r) + " " + word(r);
      case "InternationalOrganization" -> word(r) + " Council";
      case "Alliance" -> word(r) + " Pact";
      case "GovernmentBody" -> "Ministry of " + word(r);
      default -> word(r) + " Front";
    };
  }

  static ActorGraph graph(int n, long seed) {
    Random r = new Random(seed);
    List<ActorGraph.Article> articles = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      articles.add(new ActorGraph.Article("urn:article:" + i, "Article " + i, "a" + i + ".txt", i % 3 == 0 ? "en" : "fr",
          String.format("20%02d-%02d-%02d", 4 + i % 20, 1 + i % 12, 1 + i % 28)));
    }
    List<ActorGraph.Fact> facts = new ArrayList<>();
    List<ActorGraph.Edge> edges = new ArrayList<>();
    List<List<Integer>> factsOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      factsOf.add(new ArrayList<>());
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 0; k < 2 * n; k++) {
      // a few actors take part in most facts, as in the news
      int a = (int) (n * Math.pow(r.nextDouble(), 2.5));
      int b = r.nextInt(n);
      String kind = RELATIONS[r.nextInt(RELATIONS.length)];
      if (a == b || !seen.add(kind + a + "-" + b)) {
        continue;
      }
      int f = facts.size();
      facts.add(new ActorGraph.Fact("urn:fact:" + f, "Relation", "Actor " + a + " " + kind + " actor " + b,
          List.of("Sentence number " + f + " says so."), r.nextInt(articles.size()), 0.6, null));
      edges.add(new ActorGraph.Edge("urn:actor:" + a, "urn:actor:" + b, EdgeKind.of(kind), false, List.of(f)));
      factsOf.get(a).add(f);
      factsOf.get(b).add(f);
    }
    for (int m = 0; m < 15; m++) {
      int f = facts.size();
      List<Integer> who = new ArrayList<>();
      for (int i = 0; i < 4 + r.nextInt(5); i++) {
        who.add((int) (n * Math.pow(r.nextDouble(), 2)));
      }
      facts.add(new ActorGraph.Fact("urn:fact:" + f, "Meeting", "A meeting", List.of("They met."), r.nextInt(articles.size()), 0.7, null));
      for (int i = 0; i < who.size(); i++) {
        for (int j = i + 1; j < who.size(); j++) {
          if (!who.get(i).equals(who.get(j)) && seen.add("meeting" + who.get(i) + "-" + who.get(j))) {
            edges.add(new ActorGraph.Edge("urn:actor:" + who.get(i), "urn:actor:" + who.get(j), EdgeKind.MEETING, false, List.of(f)));
          }
        }
        factsOf.get(who.get(i)).add(f);
      }
    }
    List<ActorGraph.Node> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int mentions = 1 + (int) (60 / (1.0 + i)) + r.nextInt(2);
      Set<Integer> arts = new LinkedHashSet<>();
      while (arts.size() < Math.min(mentions, articles.size())) {
        arts.add(r.nextInt(articles.size()));
      }
      String name = name(r, TYPES[i % TYPES.length]);
      nodes.add(new ActorGraph.Node("urn:actor:" + i, name, name, ActorKind.of(TYPES[i % TYPES.length]), List.copyOf(arts),
          List.copyOf(factsOf.get(i)), List.of(name), List.of("fr", "en"), "2004-01-01", "2023-12-28"));
    }
    return new ActorGraph(articles, nodes, edges, facts);
  }

  @Test
  void threeHundredActorsAreDrawnWithoutLabelsPilingUp() throws Exception {
    ActorGraph g = graph(300, 7);
    Path page = Path.of("target", "it", "actors-300.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, HtmlPage.render(g, "irkg: 300 made-up actors", "", Map.of()), StandardCharsets.UTF_8);
    try (Browser b = Browser.start()) {
      long t0 = System.nanoTime();
      assertEquals(300, b.openGraph(page.toUri().toString()));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(ms < 60_000, "layout settled in " + ms + " ms");
      assertEquals(g.edges().size(), b.drawn("data-edges"));
      b.screenshot("actors-300.png");
      // the labels drawn: their boxes on screen must not overlap
      @SuppressWarnings("unchecked")
      List<List<Number>> boxes = (List<List<Number>>) b.js("return irkg.cy.nodes('.labelled').map(function (n) {"
          + " var bb = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });"
          + " return [bb.x1, bb.y1, bb.x2, bb.y2]; });");
      assertTrue(boxes.size() >= 25, "enough actors named at first sight: " + boxes.size());
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          List<Number> p = boxes.get(i);
          List<Number> q = boxes.get(j);
          boolean apart = p.get(2).doubleValue() <= q.get(0).doubleValue() + 1 || q.get(2).doubleValue() <= p.get(0).doubleValue() + 1
              || p.get(3).doubleValue() <= q.get(1).doubleValue() + 1 || q.get(3).doubleValue() <= p.get(1).doubleValue() + 1;
          assertTrue(apart, "labels overlap: " + p + " " + q);
        }
      }
      // zooming in names a larger share of the actors in view
      String share = "var e = irkg.cy.extent(), inView = irkg.cy.nodes().filter(function (n) { var p = n.position();"
          + " return p.x > e.x1 && p.x < e.x2 && p.y > e.y1 && p.y < e.y2; });"
          + " return inView.filter('.labelled').length / Math.max(1, inView.length);";
      double before = ((Number) b.js(share)).doubleValue();
      b.js("irkg.cy.zoom({ level: irkg.cy.zoom() * 3, renderedPosition: { x: 500, y: 400 } });");
      Thread.sleep(500); // labels are placed 80 ms after the viewport stops moving
      double after = ((Number) b.js(share)).doubleValue();
      assertTrue(after > before, "share of actors in view that are named: " + before + " then " + after);
      b.screenshot("actors-300-zoomed.png");
      assertEquals(java.util.List.of(), b.consoleErrors());
    }
  }
}
