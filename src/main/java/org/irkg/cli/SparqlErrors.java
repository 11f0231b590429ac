package org.irkg.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL syntax error as one line: where it is and what was met there. Jena's parser adds every
 * token it would have taken ("Was expecting one of: ..."), kilobytes that help nobody.
 */
final class SparqlErrors {
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" ?(?:<[^>]+>|\"[^\"]*\") \"(.*?) \"\" at line (\\d+), column (\\d+)");

  private SparqlErrors() {}

  static String oneLine(QueryParseException e) {
    String m = String.valueOf(e.getMessage());
    Matcher x = ENCOUNTERED.matcher(m);
    if (x.find()) {
      return "syntax error at line " + x.group(2) + ", column " + x.group(3) + ": unexpected '" + x.group(1).strip() + "'";
    }
    int cut = m.indexOf("Was expecting");
    String first = (cut > 0 ? m.substring(0, cut) : m).replaceAll("\\s+", " ").strip();
    if (first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    return e.getLine() > 0 && !first.contains("line " + e.getLine())
        ? "syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": " + first
        : "syntax error: " + first;
  }
}
