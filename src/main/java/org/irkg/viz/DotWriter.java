package org.irkg.viz;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The actor graph in Graphviz DOT: one statement per actor (IRI as the id, name as the label,
 * shape and colour by type, type and counts as attributes) and one per edge (colour by kind;
 * undirected kinds drawn without arrows, non-memberships dashed). {@code sfdp -Tsvg} lays out
 * large graphs; {@code dot} works too.
 */
public final class DotWriter {
  private DotWriter() {}

  /** Writes the graph; the writer is flushed, not closed. */
  public static void write(ActorGraph g, Writer out) {
    PrintWriter w = new PrintWriter(out);
    w.println("digraph actors {");
    w.println("  graph [overlap=false, splines=true, outputorder=edgesfirst];");
    w.println("  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=\"#1a1a1a\"];");
    w.println("  edge [fontname=\"Helvetica\", fontsize=8];");
    for (ActorGraph.Node n : g.nodes()) {
      double size = 0.3 + 0.15 * Math.sqrt(n.mentions());
      w.printf(Locale.ROOT, "  %s [label=%s, name=%s, type=%s, mentions=%d, facts=%d, shape=%s, fillcolor=%s, width=%.2f];%n",
          q(n.iri()), q(n.label()), q(n.name()), q(n.kind().key()), n.mentions(), n.facts().size(),
          n.kind().dotShape(), q(n.kind().colour()), size);
    }
    for (ActorGraph.Edge e : g.edges()) {
      StringBuilder a = new StringBuilder();
      a.append("kind=").append(q(e.kind().key()))
          .append(", label=").append(q((e.negated() ? "not " : "") + e.kind().label()))
          .append(", color=").append(q(e.kind().colour()))
          .append(", facts=").append(e.facts().size());
      Double c = GraphMlWriter.confidence(g, e);
      if (c != null) {
        a.append(", confidence=").append(String.format(Locale.ROOT, "%.2f", c));
      }
      String ev = GraphMlWriter.evidence(g, e);
      if (ev != null) {
        a.append(", tooltip=").append(q(ev));
      }
      if (!e.kind().directed()) {
        a.append(", dir=none");
      }
      if (e.negated()) {
        a.append(", style=dashed, arrowhead=tee");
      }
      w.printf("  %s -> %s [%s];%n", q(e.source()), q(e.target()), a);
    }
    w.println("}");
    w.flush();
  }

  /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
  static String q(String s) {
    if (s == null) {
      return "\"\"";
    }
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
  }
}
