package org.irkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule tokenizer for languages without an OpenNLP tokenizer model (French here): splits on
 * spaces, peels punctuation (« » ( ) , ; ...) off words, splits elided articles and pronouns
 * (l' d' qu' jusqu'...) from the next word, and keeps hyphenated words (États-Unis, Jean-Marc)
 * and abbreviations (M., U.S.) whole. The elisions and abbreviations are the language's data.
 */
public final class RuleTokenizer {
  /** A token's span in the text given to {@link #tokenize}. */
  public record Span(int start, int end) {}

  private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.){2,}");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  private final Set<String> elisions;
  private final Set<String> abbreviations;

  /**
   * @param elisions the elided forms without apostrophe, lower case (l, d, qu, jusqu)
   * @param abbreviations words that keep their final period (M., Mme., etc.)
   */
  public RuleTokenizer(Set<String> elisions, Set<String> abbreviations) {
    this.elisions = Set.copyOf(elisions);
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public List<Span> tokenize(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        chunk(text, start, i, out);
      }
    }
    return out;
  }

  private void chunk(String t, int s, int e, List<Span> out) {
    List<Span> tail = new ArrayList<>();
    // leading punctuation, one character each
    while (s < e && !Character.isLetterOrDigit(t.charAt(s))) {
      if (t.startsWith("...", s) && s + 3 <= e) {
        out.add(new Span(s, s + 3));
        s += 3;
      } else {
        out.add(new Span(s, s + 1));
        s++;
      }
    }
    // trailing punctuation, unless the period belongs to an abbreviation
    while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) {
      char c = t.charAt(e - 1);
      if (c == '.' && keepsPeriod(t.substring(s, e))) {
        break;
      }
      if (e - s >= 3 && t.startsWith("...", e - 3)) {
        tail.add(0, new Span(e - 3, e));
        e -= 3;
      } else {
        tail.add(0, new Span(e - 1, e));
        e--;
      }
    }
    // elisions: l'OTAN, qu'il, jusqu'ici
    while (s < e) {
      int apo = -1;
      for (int k = s; k < e; k++) {
        char c = t.charAt(k);
        if (c == '\'' || c == '\u2019') {
          apo = k;
          break;
        }
        if (!Character.isLetter(c)) {
          break;
        }
      }
      if (apo > s && apo + 1 < e && elisions.contains(t.substring(s, apo).toLowerCase(Locale.ROOT))) {
        out.add(new Span(s, apo + 1));
        s = apo + 1;
      } else {
        break;
      }
    }
    if (s < e) {
      out.add(new Span(s, e));
    }
    out.addAll(tail);
  }

  private boolean keepsPeriod(String word) {
    return abbreviations.contains(word) || INITIALS.matcher(word).matches()
        || INITIAL.matcher(word).matches();
  }
}
