package org.irkg.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which core relation a CAMEO code states (irkg/cameo/relations.tsv): the longest listed prefix decides. */
public final class CameoRelations {
  /** A relation and whether it holds both ways; predicate null for none. */
  public record Relation(String predicate, boolean both) {}

  private static final String FILE = "/irkg/cameo/relations.tsv";
  private static final Set<String> PREDICATES = Set.of("cooperatesWith", "criticizes", "threatens", "supports", "opposes");
  private final Map<String, Relation> byPrefix = new HashMap<>();

  public static CameoRelations load() {
    CameoRelations c = new CameoRelations();
    for (TsvFile.Row r : TsvFile.read(FILE)) {
      String p = r.get(1);
      if (!p.equals("-") && !PREDICATES.contains(p)) {
        throw r.error("unknown relation '" + p + "'");
      }
      c.byPrefix.put(r.get(0), new Relation(p.equals("-") ? null : p, r.get(2).equals("yes")));
    }
    return c;
  }

  /** The relation a code states; a relation with a null predicate when it states none. */
  public Relation of(String code) {
    for (int n = code.length(); n >= 2; n--) {
      Relation r = byPrefix.get(code.substring(0, n));
      if (r != null) {
        return r;
      }
    }
    return new Relation(null, false);
  }
}
