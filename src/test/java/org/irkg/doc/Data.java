package org.irkg.doc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/** The shipped gazetteer and lexicons, loaded once for all tests of a JVM. */
public final class Data {
  public static final Gazetteer GAZETTEER = Gazetteer.load();
  public static final Map<String, Lexicon> LEXICONS = new LinkedHashMap<>();

  static {
    for (String l : Lexicon.installed()) {
      LEXICONS.put(l, Lexicon.load(l));
    }
  }

  private Data() {}
}
