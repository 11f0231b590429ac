package org.irkg.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Chunk;
import org.irkg.doc.Chunk.Kind;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;

/**
 * One sentence's chunks laid out for the frame builder: its groups of coordinated noun phrases
 * with their genitive complements ("du Nigeria, du Cameroun et du Tchad"), and its clauses.
 */
class ChunkLayout {
  /** One group of coordinated phrases and the chunks [first, end) it spans. */
  record Group(int first, int end, List<Phrase> members) {}

  private final Set<String> genitives;
  final Sentence s;
  final List<Chunk> c;
  final List<Group> groupList = new ArrayList<>();
  final int[] groupOf; // chunk -> index in groupList, or -1
  final int[] segment; // chunk -> clause number
  final List<int[]> segs = new ArrayList<>(); // [first chunk, end chunk]

  final boolean[] dates;

  ChunkLayout(Sentence s, List<Chunk> chunks, boolean[] dates, Set<String> genitives) {
    this.genitives = genitives;
    this.s = s;
    this.c = chunks;
    this.dates = dates;
    groupOf = new int[chunks.size()];
    java.util.Arrays.fill(groupOf, -1);
    segment = new int[chunks.size()];
  }

  Kind kind(int k) {
    return k >= 0 && k < c.size() ? c.get(k).kind() : null;
  }

  String key(int k) {
    Chunk ch = c.get(k);
    return Text.key(s.span(ch.first(), ch.end()));
  }

  boolean comma(int k) {
    return kind(k) == Kind.PUNCT && s.token(c.get(k).first()).text().equals(",");
  }

  /** A phrase that names a time ("la nuit du dimanche", "Monday"): no member of a list of actors. */
  boolean dated(Phrase p) {
    for (int t = p.first(); t < p.lastEnd(); t++) {
      if (dates[t]) {
        return true;
      }
    }
    return false;
  }

  boolean genitive(int k) {
    return kind(k) == Kind.PREP && genitives.contains(key(k)) && kind(k + 1) == Kind.NP;
  }

  // ---- noun phrase groups ----

  /** The phrase whose core is chunk k, with its complements; sets {@code next[0]} past it. */
  Phrase phraseAt(int k, int[] next) {
    Chunk core = c.get(k);
    List<Phrase> comps = new ArrayList<>();
    int j = k + 1;
    while (genitive(j)) {
      int[] n = new int[1];
      comps.add(phraseAt(j + 1, n));
      j = n[0];
      // "du Nigeria, du Cameroun, du Niger et du Tchad": siblings
      while ((comma(j) || kind(j) == Kind.CONJ) && genitive(j + 1)) {
        int[] m = new int[1];
        comps.add(phraseAt(j + 2, m));
        j = m[0];
      }
    }
    next[0] = j;
    return Phrase.of(core).withComplements(comps);
  }

  void groups() {
    int k = 0;
    while (k < c.size()) {
      if (kind(k) != Kind.NP) {
        k++;
        continue;
      }
      int[] n = new int[1];
      List<Phrase> members = new ArrayList<>();
      members.add(phraseAt(k, n));
      int j = n[0];
      while (true) {
        if (kind(j) == Kind.CONJ && kind(j + 1) == Kind.NP) {
          members.add(phraseAt(j + 1, n));
          j = n[0];
        } else if (comma(j) && kind(j + 1) == Kind.NP && listGoesOn(j) && !dated(members.get(0))) {
          members.add(phraseAt(j + 1, n)); // not "Dans la nuit du dimanche, l'Arabie Saoudite, ..."
          j = n[0];
        } else if (comma(j) && kind(j + 1) == Kind.CONJ && kind(j + 2) == Kind.NP && members.size() >= 2) {
          members.add(phraseAt(j + 2, n)); // "Egyptian, Syrian, and Iraqi forces"
          j = n[0];
        } else {
          break;
        }
      }
      int gi = groupList.size();
      groupList.add(new Group(k, j, members));
      for (int x = k; x < j; x++) {
        groupOf[x] = gi;
      }
      k = j;
    }
  }

  /** From a comma: more phrases joined by commas, then a conjunction and a last one. */
  boolean listGoesOn(int j) {
    int[] n = new int[1];
    while (comma(j) && kind(j + 1) == Kind.NP) {
      phraseAt(j + 1, n);
      j = n[0];
    }
    return kind(j) == Kind.CONJ && kind(j + 1) == Kind.NP || comma(j) && kind(j + 1) == Kind.CONJ && kind(j + 2) == Kind.NP;
  }

  // ---- clauses ----

  void segments() {
    int start = 0;
    for (int k = 0; k < c.size(); k++) {
      boolean open = false;
      int first = k;
      if (kind(k) == Kind.SUB) {
        open = true;
      } else if (kind(k) == Kind.PUNCT && groupOf[k] < 0) {
        open = true;
        first = k + 1; // the punctuation closes the clause before
      } else if (kind(k) == Kind.CONJ && groupOf[k] < 0 && nextIsVerb(k + 1)) {
        open = true;
      }
      if (open && first > start) {
        segs.add(new int[] {start, first});
        start = first;
      } else if (open && kind(k) == Kind.PUNCT) {
        start = k + 1;
      }
    }
    if (start < c.size()) {
      segs.add(new int[] {start, c.size()});
    }
    java.util.Arrays.fill(segment, -1);
    for (int i = 0; i < segs.size(); i++) {
      for (int k = segs.get(i)[0]; k < segs.get(i)[1]; k++) {
        segment[k] = i;
      }
    }
  }

  boolean nextIsVerb(int k) {
    while (kind(k) == Kind.OTHER) {
      k++;
    }
    return kind(k) == Kind.VERB;
  }

  int segStart(int k) {
    return segment[k] < 0 ? k : segs.get(segment[k])[0];
  }

  int segEnd(int k) {
    return segment[k] < 0 ? k + 1 : segs.get(segment[k])[1];
  }
}
