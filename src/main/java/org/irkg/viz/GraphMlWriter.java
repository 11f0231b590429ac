package org.irkg.viz;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The actor graph as GraphML (for Gephi, yEd, NetworkX): node ids are the actors' IRIs; types,
 * mention and fact counts, languages and dates are attributes; an edge's weight is its number of
 * facts, and it carries its kind, best confidence, first evidence sentence and article sources.
 */
public final class GraphMlWriter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  // key id, for, type
  private static final String[][] KEYS = {
    {"label", "node", "string"}, {"name", "node", "string"}, {"type", "node", "string"},
    {"mentions", "node", "int"}, {"facts", "node", "int"}, {"languages", "node", "string"},
    {"firstDate", "node", "string"}, {"lastDate", "node", "string"}, {"colour", "node", "string"},
    {"kind", "edge", "string"}, {"relation", "edge", "string"}, {"negated", "edge", "boolean"},
    {"weight", "edge", "double"}, {"confidence", "edge", "double"}, {"evidence", "edge", "string"},
    {"sources", "edge", "string"}};

  private GraphMlWriter() {}

  /** Writes the graph; the stream is left open. */
  public static void write(ActorGraph g, OutputStream out) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("graphml");
      w.writeDefaultNamespace(NS);
      for (String[] k : KEYS) {
        w.writeCharacters("\n  ");
        w.writeEmptyElement("key");
        w.writeAttribute("id", k[0]);
        w.writeAttribute("for", k[1]);
        w.writeAttribute("attr.name", k[0]);
        w.writeAttribute("attr.type", k[2]);
      }
      w.writeCharacters("\n  ");
      w.writeStartElement("graph");
      w.writeAttribute("id", "actors");
      w.writeAttribute("edgedefault", "directed");
      for (ActorGraph.Node n : g.nodes()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("node");
        w.writeAttribute("id", n.iri());
        data(w, "label", n.label());
        data(w, "name", n.name());
        data(w, "type", n.kind().key());
        data(w, "mentions", n.mentions());
        data(w, "facts", n.facts().size());
        data(w, "languages", String.join(" ", n.languages()));
        data(w, "firstDate", n.firstDate());
        data(w, "lastDate", n.lastDate());
        data(w, "colour", n.kind().colour());
        w.writeEndElement();
      }
      int i = 0;
      for (ActorGraph.Edge e : g.edges()) {
        w.writeCharacters("\n    ");
        w.writeStartElement("edge");
        w.writeAttribute("id", "e" + i++);
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
        if (!e.kind().directed()) {
          w.writeAttribute("directed", "false");
        }
        data(w, "kind", e.kind().key());
        data(w, "relation", (e.negated() ? "not " : "") + e.kind().label());
        data(w, "negated", e.negated());
        data(w, "weight", (double) e.facts().size());
        data(w, "confidence", confidence(g, e));
        data(w, "evidence", evidence(g, e));
        data(w, "sources", String.join(" ", sources(g, e)));
        w.writeEndElement();
      }
      w.writeCharacters("\n  ");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void data(XMLStreamWriter w, String key, Object value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    w.writeStartElement("data");
    w.writeAttribute("key", key);
    w.writeCharacters(String.valueOf(value));
    w.writeEndElement();
  }

  /** The best confidence among an edge's facts, or null. */
  static Double confidence(ActorGraph g, ActorGraph.Edge e) {
    return e.facts().stream().map(f -> g.facts().get(f).confidence()).filter(c -> c != null)
        .max(Double::compare).orElse(null);
  }

  /** The first evidence sentence of an edge's first fact, or null. */
  static String evidence(ActorGraph g, ActorGraph.Edge e) {
    return e.facts().stream().flatMap(f -> g.facts().get(f).evidence().stream()).findFirst().orElse(null);
  }

  /** The sources (file names or URLs) of the articles behind an edge. */
  static List<String> sources(ActorGraph g, ActorGraph.Edge e) {
    Set<String> s = new LinkedHashSet<>();
    for (int f : e.facts()) {
      ActorGraph.Article a = g.articles().get(g.facts().get(f).article());
      s.add(a.source() != null ? a.source() : a.iri());
    }
    return List.copyOf(s);
  }
}
