package org.irkg.app;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.irkg.rdf.Vocab;

/**
 * Writes query results as a table, CSV, TSV or JSON with Jena's formatters. Cypher answers are
 * turned into SPARQL result rows first, so both query languages print exactly alike.
 */
public final class ResultWriter {
  public static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

  private ResultWriter() {}

  public static void write(ResultSetRewindable rs, String format, OutputStream out) {
    rs.reset();
    switch (format) {
      case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
      case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
      case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
      default -> TableWriter.write(rs, out);
    }
  }

  /** Writes rows of plain Java values (a Cypher answer) under the given column names. */
  public static void write(List<String> columns, List<List<Object>> rows, String format, OutputStream out) {
    List<Var> vars = columns.stream().map(Var::alloc).toList();
    List<Binding> bindings = new ArrayList<>();
    for (List<Object> row : rows) {
      BindingBuilder b = BindingFactory.builder();
      for (int i = 0; i < vars.size(); i++) {
        Node n = node(row.get(i));
        if (n != null) {
          b.add(vars.get(i), n);
        }
      }
      bindings.add(b.build());
    }
    write(ResultSetFactory.makeRewindable(ResultSetStream.create(vars, bindings.iterator())), format, out);
  }

  /** The RDF term that prints a Java value as SPARQL results print the same value; null for none. */
  static Node node(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof URI u) {
      return NodeFactory.createURI(u.toString());
    } else if (v instanceof Boolean b) {
      return NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean);
    } else if (v instanceof Long || v instanceof Integer) {
      return NodeFactory.createLiteralDT(v.toString(), XSDDatatype.XSDinteger);
    } else if (v instanceof Double d && Double.isFinite(d)) {
      // xsd:decimal prints as 0.85 where xsd:double would print 8.5E-1
      return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
    } else if (v instanceof LocalDate d) {
      return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    } else if (v instanceof LocalDateTime d) {
      return NodeFactory.createLiteralDT(d.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), XSDDatatype.XSDdateTime);
    } else if (v instanceof ZonedDateTime || v instanceof OffsetDateTime) {
      String s = v instanceof ZonedDateTime z ? z.toOffsetDateTime().toString() : v.toString();
      return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdateTime);
    }
    return NodeFactory.createLiteralString(text(v));
  }

  /**
   * Lists and maps as text, [a, b] and {k: v}: the writers quote the whole cell, so quoting each
   * string again would print a wall of backslashes.
   */
  private static String text(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().map(ResultWriter::text).collect(Collectors.joining(", ", "[", "]"));
    } else if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(v);
  }
}
