package org.irkg.app;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.lexicon.CameoCodes;
import org.irkg.lexicon.TsvFile;
import org.irkg.store.Tdb2Store;

/**
 * What the store's coded events add up to ({@code irkg stats --events}): the share of sentences
 * that state at least one, and the events per CAMEO root and per QuadClass beside GDELT's shares
 * (irkg/cameo/gdelt-roots.tsv says where those come from).
 */
public final class EventStats {
  private static final String PREFIX = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n";

  private EventStats() {}

  public static void print(Tdb2Store store, PrintStream out) {
    long sentences = one(store, "SELECT (SUM(?n) AS ?c) { ?a a ir:Article ; ir:sentenceCount ?n }");
    long coded = one(store, "SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?a ?ev { ?e a ir:CodedEvent ; ir:source ?a ; ir:evidence ?ev } }");
    out.printf("sentences coded  %d of %d (%.1f%%: sentences that state at least one coded event)%n", coded,
        sentences, sentences == 0 ? 0.0 : 100.0 * coded / sentences);
    Map<String, Long> byRoot = new TreeMap<>();
    ResultSetRewindable rs = store.select(PREFIX + "SELECT ?root (COUNT(?e) AS ?n) { ?e a ir:CodedEvent ; ir:source ?a ; ir:cameoRoot ?root } GROUP BY ?root", null);
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      byRoot.put(s.getLiteral("root").getLexicalForm(), s.getLiteral("n").getLong());
    }
    long total = byRoot.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> gdelt = new TreeMap<>();
    for (TsvFile.Row r : TsvFile.read("/irkg/cameo/gdelt-roots.tsv")) {
      gdelt.put(r.get(0), Double.parseDouble(r.get(1)));
    }
    out.printf("%-5s %-38s %8s %8s %8s%n", "root", "name", "events", "irkg %", "GDELT %");
    double[] quad = new double[5];
    double[] quadGdelt = new double[5];
    for (Map.Entry<String, Double> g : gdelt.entrySet()) {
      CameoCodes.Code c = CameoCodes.get().of(g.getKey());
      long n = byRoot.getOrDefault(g.getKey(), 0L);
      out.printf("%-5s %-38s %8d %8.1f %8.1f%n", g.getKey(), c == null ? "" : c.name(), n, pct(n, total), g.getValue());
      if (c != null) {
        quad[c.quadClass()] += n;
        quadGdelt[c.quadClass()] += g.getValue();
      }
    }
    String[] names = {"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
    for (int q = 1; q <= 4; q++) {
      out.printf("Quad%d %-38s %8d %8.1f %8.1f%n", q, names[q], (long) quad[q], pct((long) quad[q], total), quadGdelt[q]);
    }
    out.printf("all   %-38s %8d%n", "coded events (one per article, source, target and code)", total);
  }

  private static double pct(long n, long total) {
    return total == 0 ? 0.0 : 100.0 * n / total;
  }

  private static long one(Tdb2Store store, String q) {
    ResultSetRewindable rs = store.select(PREFIX + q, null);
    org.apache.jena.rdf.model.RDFNode n = rs.hasNext() ? rs.next().get("c") : null;
    return n != null && n.isLiteral() ? n.asLiteral().getLong() : 0;
  }
}
