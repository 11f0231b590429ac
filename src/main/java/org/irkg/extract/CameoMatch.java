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
 * punctuation), each word before it must precede it; the pattern with the most words wins.
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
      if (n > size && inOrder(p.after(), after) && inOrder(p.before(), before)) {
        best = p;
        size = n;
      }
    }
    return best;
  }

  /** Whether each element (one of its alternatives, a word or a phrase) is found in order. */
  private static boolean inOrder(List<List<String>> elements, List<String> words) {
    int at = 0;
    for (List<String> alts : elements) {
      int found = -1;
      for (String alt : alts) {
        String[] ws = Text.key(alt).split(" ");
        for (int i = at; i + ws.length <= words.size() && (found < 0 || i < found); i++) {
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

  private static boolean matches(String[] ws, List<String> words, int i) {
    for (int k = 0; k < ws.length; k++) {
      String w = words.get(i + k);
      String p = ws[k];
      if (!w.equals(p) && !w.equals(p + "s") && !w.equals(p + "es") && !(p.endsWith("y") && w.equals(p.substring(0, p.length() - 1) + "ies"))) {
        return false;
      }
    }
    return true;
  }
}
