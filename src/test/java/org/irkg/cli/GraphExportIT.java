package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irkg.store.Tdb2Store;
import org.irkg.viz.ActorGraph;
import org.irkg.viz.ActorGraphReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code irkg export --format graphml|dot}: the actor graph of the seed article for Gephi and Graphviz. */
class GraphExportIT {
  static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
  @TempDir static Path dir;
  static String store;
  static int actors;
  static ActorGraph graph;

  @BeforeAll
  static void ingest() {
    store = dir.resolve("kg").toString();
    assertEquals(0, Cli.run("ingest", "seeds/articles/seed-fr.txt", "--store", store).code());
    try (Tdb2Store st = Tdb2Store.open(Path.of(store))) {
      actors = st.select("PREFIX ir: <https://w3id.org/irkg/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x }", null)
          .next().getLiteral("n").getInt();
      graph = ActorGraphReader.read(st);
    }
  }

  @Test
  void graphmlParsesWithOneNodePerActor() throws Exception {
    Path out = dir.resolve("actors.graphml");
    Cli r = Cli.run("export", "--store", store, "--format", "graphml", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(out.toFile());
    NodeList nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
    NodeList edges = doc.getElementsByTagNameNS(GRAPHML, "edge");
    assertEquals(actors, nodes.getLength(), "one node per actor the store holds");
    assertEquals(graph.edges().size(), edges.getLength());
    assertTrue(edges.getLength() > 10);

    Set<String> keys = new HashSet<>();
    NodeList keyElements = doc.getElementsByTagNameNS(GRAPHML, "key");
    for (int i = 0; i < keyElements.getLength(); i++) {
      keys.add(((Element) keyElements.item(i)).getAttribute("id"));
    }
    Map<String, String> nato = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      ids.add(n.getAttribute("id"));
      NodeList data = n.getElementsByTagNameNS(GRAPHML, "data");
      for (int j = 0; j < data.getLength(); j++) {
        Element d = (Element) data.item(j);
        assertTrue(keys.contains(d.getAttribute("key")), "declared key " + d.getAttribute("key"));
        if (n.getAttribute("id").equals("https://w3id.org/irkg/id/org/nato")) {
          nato.put(d.getAttribute("key"), d.getTextContent());
        }
      }
    }
    assertEquals("Alliance", nato.get("type"));
    assertEquals("NATO", nato.get("label"));
    assertEquals("1", nato.get("mentions"));
    assertTrue(Integer.parseInt(nato.get("facts")) >= 5, nato.toString());
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")), "edge ends are nodes");
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(text.contains("<data key=\"kind\">criticizes</data>"), "relations are edges with their kind");
    assertTrue(text.contains("<data key=\"negated\">true</data>"), "Finland and Sweden: not NATO members");
  }

  @Test
  void dotHasOneStatementPerActorAndLink() throws Exception {
    Path out = dir.resolve("actors.dot");
    Cli r = Cli.run("export", "--store", store, "--format", "dot", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("digraph actors {", lines.get(0));
    assertEquals("}", lines.get(lines.size() - 1));
    long nodeLines = lines.stream().filter(l -> l.matches("  \"[^\"]+\" \\[label=.*];")).count();
    long edgeLines = lines.stream().filter(l -> l.matches("  \"[^\"]+\" -> \"[^\"]+\" \\[kind=.*];")).count();
    assertEquals(actors, nodeLines);
    assertEquals(graph.edges().size(), edgeLines);
    assertEquals(lines.size() - 5, nodeLines + edgeLines, "nothing else but the header and the closing brace");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  \"https://w3id.org/irkg/id/org/nato\" [label=\"NATO\"")
        && l.contains("type=\"Alliance\"") && l.contains("mentions=1")), "types and counts as attributes");
    assertTrue(lines.stream().anyMatch(l -> l.contains("kind=\"meeting\"") && l.contains("dir=none")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("«inébranlable»")), "UTF-8 text kept");
    // Graphviz is not a dependency; where it is installed, it must accept the file
    if (new File("/usr/bin/dot").canExecute()) {
      Process p = new ProcessBuilder("/usr/bin/dot", "-Tsvg", "-o", dir.resolve("actors.svg").toString(), out.toString())
          .redirectErrorStream(true).start();
      String msg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), msg);
    }
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    Cli r = Cli.run("export", "--store", store, "--format", "gexf");
    assertEquals(2, r.code()); // a usage mistake
    assertTrue(r.err().contains("graphml") && r.err().contains("dot"), r.err());
  }
}
