package org.irkg.lexicon;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO event codes (irkg/cameo/codes.tsv): each code's name, GDELT's QuadClass, the
 * Goldstein scale value GDELT publishes, and the PLOVER type it maps to. Read once.
 */
public final class CameoCodes {
  /** One code; {@code plover} is null where PLOVER has no type for it. */
  public record Code(String code, String name, int quadClass, double goldstein, String plover) {
    /** Its root: the two first digits ("04" for "042", "10" for "1056"). */
    public String root() {
      return code.substring(0, 2);
    }
  }

  private static final String FILE = "/irkg/cameo/codes.tsv";
  private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
  private static volatile CameoCodes loaded;
  private final Map<String, Code> byCode = new LinkedHashMap<>();

  private CameoCodes() {}

  /** The project's table (read on first use). */
  public static CameoCodes get() {
    CameoCodes c = loaded;
    if (c == null) {
      synchronized (CameoCodes.class) {
        if (loaded == null) {
          loaded = read();
        }
        c = loaded;
      }
    }
    return c;
  }

  private static CameoCodes read() {
    CameoCodes c = new CameoCodes();
    for (TsvFile.Row r : TsvFile.read(FILE)) {
      String code = r.get(0);
      if (!code.matches("\\d{2,4}") || Integer.parseInt(code.substring(0, 2)) < 1 || Integer.parseInt(code.substring(0, 2)) > 20) {
        throw r.error("'" + code + "' is not a CAMEO event code (two to four digits, root 01 to 20)");
      }
      int quad;
      double goldstein;
      try {
        quad = Integer.parseInt(r.get(2));
        goldstein = Double.parseDouble(r.get(3));
      } catch (NumberFormatException e) {
        throw r.error("QuadClass and Goldstein value must be numbers");
      }
      if (quad < 1 || quad > 4 || goldstein < -10 || goldstein > 10) {
        throw r.error("QuadClass is 1 to 4 and the Goldstein scale -10 to 10");
      }
      String plover = r.get(4);
      if (!plover.equals("-") && !PLOVER.contains(plover)) {
        throw r.error("unknown PLOVER type '" + plover + "'");
      }
      if (c.byCode.put(code, new Code(code, r.get(1), quad, goldstein, plover.equals("-") ? null : plover)) != null) {
        throw r.error("code " + code + " is listed twice");
      }
    }
    return c;
  }

  /** Whether the code is listed. */
  public boolean known(String code) {
    return byCode.containsKey(code);
  }

  /**
   * The code, or the entry of its longest listed prefix (a dictionary's "0234" when only "023" is
   * listed): the values of the nearest code CAMEO defines. Null when not even the root is listed.
   */
  public Code of(String code) {
    for (int n = code.length(); n >= 2; n--) {
      Code c = byCode.get(code.substring(0, n));
      if (c != null) {
        return c.code().equals(code) ? c : new Code(code, c.name(), c.quadClass(), c.goldstein(), c.plover());
      }
    }
    return null;
  }

  public Collection<Code> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }
}
