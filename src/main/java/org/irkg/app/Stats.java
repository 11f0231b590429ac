package org.irkg.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.store.Tdb2Store;

/** Counts of what the store holds, by SPARQL. */
public final class Stats {
  private Stats() {}

  private static final String PREFIX = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n";

  public static Map<String, Long> count(Tdb2Store store) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("articles", one(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ir:Article }"));
    out.put("actors", one(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a ir:mentions ?x }"));
    for (String k : new String[] {"Membership", "Position", "Meeting", "Treaty", "Relation", "CodedEvent"}) {
      out.put(k.equals("Treaty") ? "treaties" : k.equals("CodedEvent") ? "events" : k.toLowerCase() + "s", one(store, "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a ir:" + k + " ; ir:source ?a }"));
    }
    // distinct facts: the same fact stated by many articles is one claim (see the claims graph)
    out.put("claims", one(store, "SELECT (COUNT(?c) AS ?n) { GRAPH <" + org.irkg.doc.Ids.CLAIMS_GRAPH + "> { ?c a ir:Claim } }"));
    out.put("quads", store.size());
    return out;
  }

  private static long one(Tdb2Store store, String q) {
    ResultSetRewindable rs = store.select(PREFIX + q, null);
    return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0;
  }
}
