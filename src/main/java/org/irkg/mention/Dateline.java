package org.irkg.mention;

import org.irkg.doc.Sentence;
import org.irkg.doc.Token;

/**
 * A news dateline at the start of an article's body: a city in capitals, maybe its country or an
 * agency, then a dash ("KUALA LUMPUR, Malaysia –", "ANTALYA, Turkey —", "PARIS (AFP) -"). It
 * says where the story was filed; its names are places, not actors of the first sentence.
 * Written the same way in French and English news, so it is code, not language data.
 */
final class Dateline {
  /** A dateline is short: a city, a region or country, an agency. */
  private static final int MAX_TOKENS = 12;

  private Dateline() {}

  /** The index just past the dash that ends the sentence's dateline, or 0 when it has none. */
  static int end(Sentence s) {
    int n = Math.min(s.size(), MAX_TOKENS);
    int k = 0;
    while (k < n && capitals(s.token(k).text())) {
      k++;
    }
    if (k == 0) {
      return 0;
    }
    boolean paren = false;
    for (; k < n; k++) {
      String t = s.token(k).text();
      if (isDash(t)) {
        return k > 0 ? k + 1 : 0;
      }
      if (t.equals("(")) {
        paren = true;
      } else if (t.equals(")")) {
        paren = false;
      } else if (!paren && !t.equals(",") && !t.equals(".") && !startsCapital(s.token(k))) {
        return 0; // a word of running text before any dash: no dateline
      }
    }
    return 0;
  }

  /** A word all in capitals, of two letters at least ("PARIS", "BRASÍLIA", "KUALA"). */
  private static boolean capitals(String t) {
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean startsCapital(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  private static boolean isDash(String t) {
    return t.equals("–") || t.equals("—") || t.equals("-") || t.equals("--");
  }
}
