package org.irkg.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.irkg.rdf.Vocab;

/**
 * Query results as a table for a person at a terminal: IRIs in their prefixed form, literals as
 * their text (no quotes, language tags or datatypes), and long text cut to {@link #MAX_CELL}
 * characters with an ellipsis. The full values are in the csv, tsv and json formats.
 */
final class TableWriter {
  /** Widest cell: a sentence of evidence is cut here; csv, tsv and json have it whole. */
  static final int MAX_CELL = 60;

  private TableWriter() {}

  static void write(ResultSet rs, OutputStream out) {
    PrefixMapping prefixes = Vocab.prefixes();
    List<String> vars = rs.getResultVars();
    List<String[]> rows = new ArrayList<>();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      String[] row = new String[vars.size()];
      for (int i = 0; i < row.length; i++) {
        RDFNode n = s.get(vars.get(i));
        row[i] = n == null ? "" : cut(cell(n.asNode(), prefixes));
      }
      rows.add(row);
    }
    int[] width = new int[vars.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = vars.get(i).length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    line(w, vars.toArray(String[]::new), width);
    StringBuilder rule = new StringBuilder();
    for (int x : width) {
      rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(x));
    }
    w.println(rule);
    rows.forEach(r -> line(w, r, width));
    w.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    w.flush();
  }

  private static void line(PrintWriter w, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      sb.append(cells[i]);
      if (i < cells.length - 1) {
        sb.append(" ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length())));
      }
    }
    w.println(sb.toString().stripTrailing());
  }

  static String cell(Node n, PrefixMapping prefixes) {
    if (n.isURI()) {
      String s = prefixes.shortForm(n.getURI());
      return s.equals(n.getURI()) ? "<" + s + ">" : s;
    } else if (n.isLiteral()) {
      return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
    }
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
  }

  static String cut(String s) {
    if (s.codePointCount(0, s.length()) <= MAX_CELL) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)).stripTrailing() + "…";
  }
}
