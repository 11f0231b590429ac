package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Chunk;
import org.irkg.doc.Parse;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.lexicon.CameoVerbs;
import org.irkg.lexicon.EventCue;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Which pattern of a CAMEO verb block fits a verb in its clause: each word of the pattern after
 * the verb must follow it in order before the clause ends (the next verb group or a strong
 * punctuation), each word before it must precede it; the pattern with the most words wins. The
 * first word after the verb must be in its object (the first noun phrase, past a preposition),
 * unless it is a preposition itself: "criticised the US for its new sanctions" is no
 * "denounce sanctions" (053), but "censured X for violating" keeps its "for violating".
 */
final class CameoMatch {
  private CameoMatch() {}

  static CameoVerbs.CameoPattern best(EventCue cue, Sentence s, Parse parse, PhraseMatcher.Match<EventCue> m) {
    if (cue.patterns().isEmpty()) {
      return null;
    }
    List<String> after = new ArrayList<>();
    List<String> before = new ArrayList<>();
    int end = s.size();
    for (Chunk c : parse.chunks()) {
      if (c.first() >= m.end() && (c.kind() == Chunk.Kind.VERB || c.kind() == Chunk.Kind.SUB
          || c.kind() == Chunk.Kind.PUNCT && !s.token(c.first()).text().equals(","))) {
        end = c.first();
        break;
      }
    }
    for (int t = m.end(); t < end; t++) {
      after.add(s.token(t).key());
    }
    int objectEnd = after.size();
    for (Chunk c : parse.chunks()) {
      if (c.first() >= m.end() && c.kind() == Chunk.Kind.NP) {
        objectEnd = Math.min(objectEnd, c.end() - m.end());
        break;
      }
    }
    int start = 0;
    for (Chunk c : parse.chunks()) {
      if (c.end() <= m.first() && (c.kind() == Chunk.Kind.SUB || c.kind() == Chunk.Kind.PUNCT)) {
        start = c.end();
      }
    }
    for (int t = start; t < m.first(); t++) {
      before.add(s.token(t).key());
    }
    CameoVerbs.CameoPattern best = null;
    int size = 0;
    for (CameoVerbs.CameoPattern p : cue.patterns()) {
      int n = p.before().size() + p.after().size();
      // a pattern written twice in one block, for two of its verbs ("* BACKING [051]" for GAIN and
      // "[:051]" for RECEIVE in OBTAIN): the swapped reading, that of a verb of receiving, wins
      boolean better = n > size || n == size && best != null && p.reversed() && !best.reversed();
      if (better && inOrder(p.after(), after, firstWithin(p, objectEnd)) && inOrder(p.before(), before, before.size())) {
        best = p;
        size = n;
      }
    }
    return best;
  }

  /** Where the pattern's first word after the verb may start at the latest. */
  private static int firstWithin(CameoVerbs.CameoPattern p, int objectEnd) {
    if (p.after().isEmpty()) {
      return 0;
    }
    for (String alt : p.after().get(0)) {
      String[] ws = keyed(alt);
      if (ws.length > 0 && PREPOSITIONS.contains(ws[0])) {
        return Integer.MAX_VALUE;
      }
    }
    return objectEnd;
  }

  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("for", "as", "in", "on", "with", "to",
      "over", "against", "of", "from", "by", "at", "into", "about", "after", "before", "between", "that", "not");

  /**
   * Whether each element (one of its alternatives, a word or a phrase) is found in order, the
   * first starting before {@code firstBefore}.
   */
  private static boolean inOrder(List<List<String>> elements, List<String> words, int firstBefore) {
    int at = 0;
    for (List<String> alts : elements) {
      int found = -1;
      int limit = at == 0 ? Math.min(firstBefore, words.size()) : words.size();
      for (String alt : alts) {
        String[] ws = keyed(alt);
        for (int i = at; i < limit && i + ws.length <= words.size() && (found < 0 || i < found); i++) {
          if (matches(ws, words, i)) {
            found = i + ws.length;
            break;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  /** A pattern word's matching keys, made once: patterns are matched against every sentence with their verb. */
  private static final java.util.Map<String, String[]> KEYED = new java.util.concurrent.ConcurrentHashMap<>();

  private static String[] keyed(String alt) {
    return KEYED.computeIfAbsent(alt, a -> Text.words(a));
  }

  /** The pattern's words at i, each as it is or with a plural ending (s, es, y to ies); without building strings. */
  private static boolean matches(String[] ws, List<String> words, int i) {
    for (int k = 0; k < ws.length; k++) {
      String w = words.get(i + k);
      String p = ws[k];
      int extra = w.length() - p.length();
      boolean ok = extra == 0 ? w.equals(p)
          : extra == 1 ? w.endsWith("s") && w.startsWith(p)
          : extra == 2 && (w.endsWith("es") && w.startsWith(p)
              || p.endsWith("y") && w.endsWith("ies") && w.regionMatches(0, p, 0, p.length() - 1));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
