package org.irkg.doc;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by every stage: matching ignores case, accents and punctuation. */
public final class Text {
  private Text() {}

  /** Lower case, accents removed, typographic apostrophes made plain. */
  public static String fold(String s) {
    // most words of news are ASCII: NFKD leaves them as they are (measured: fold and words were
    // a tenth of the fact stage, most of it in the regex engine)
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
        continue; // \p{M}: the accents NFKD took apart
      }
      sb.appendCodePoint(c == '\u2019' || c == '\u02bc' ? '\'' : c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The words of a phrase for matching: folded, split on anything but letters, digits and '*'. */
  public static String[] words(String s) {
    String f = fold(s);
    java.util.List<String> out = new java.util.ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < f.length(); ) {
      int c = f.codePointAt(i);
      int n = Character.charCount(c);
      if (wordChar(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(f.substring(start, i));
        start = -1;
      }
      i += n;
    }
    if (start >= 0) {
      out.add(start == 0 ? f : f.substring(start));
    }
    return out.toArray(new String[0]);
  }

  /** \p{L}, \p{N} or '*'. */
  private static boolean wordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '*';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** A matching key: the folded words joined by one space ("États-Unis" and "Etats Unis" agree). */
  public static String key(String s) {
    return String.join(" ", words(s));
  }

  /** A lower-kebab ASCII slug for IRIs. */
  public static String slug(String s) {
    String k = String.join("-", words(s.replace("*", "")));
    return k.isEmpty() ? "x" : k;
  }

  /** True when the string starts with an upper-case letter. */
  public static boolean capitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  /** True for acronyms such as "OTAN", "U.N.", "EI": two or more letters, all upper case. */
  public static boolean acronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '-' && c != '&') {
        return false;
      }
    }
    return letters >= 2;
  }
}
