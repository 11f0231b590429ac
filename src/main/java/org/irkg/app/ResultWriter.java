package org.irkg.app;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.rdf.Vocab;

/** Writes SPARQL results as a table, CSV, TSV or JSON with Jena's formatters. */
public final class ResultWriter {
  public static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

  private ResultWriter() {}

  public static void write(ResultSetRewindable rs, String format, OutputStream out) {
    rs.reset();
    switch (format) {
      case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
      case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
      case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
      default -> ResultSetFormatter.out(out, rs, Vocab.prefixes());
    }
  }
}
