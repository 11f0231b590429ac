package org.irkg.doc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by every stage: matching ignores case, accents and punctuation. */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}*]+");

  private Text() {}

  /** Lower case, accents removed, typographic apostrophes made plain. */
  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    d = MARKS.matcher(d).replaceAll("");
    return d.replace('\u2019', '\'').replace('\u02bc', '\'').toLowerCase(Locale.ROOT);
  }

  /** The words of a phrase for matching: folded, split on anything but letters, digits and '*'. */
  public static String[] words(String s) {
    String f = NON_WORD.matcher(fold(s)).replaceAll(" ").trim();
    return f.isEmpty() ? new String[0] : f.split(" ");
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
