package org.irkg.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Chunk;
import org.irkg.doc.Chunk.Kind;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Cuts a sentence into chunks from its part-of-speech tags, the way a shallow parser does: noun
 * phrases (a name the mention stage found is always one phrase), verb groups with their
 * auxiliaries, clitics and negation, prepositions (multiword ones as one), conjunctions, what
 * opens a subordinate clause, punctuation. A pure function of the sentence and its mentions; the
 * words it needs are the language's settings (syntax.* in pipeline.properties).
 */
final class Chunker {
  private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”", "‘", "’", "''", "``");
  private final Set<String> relatives;
  private final Set<String> reflexives;
  private final Set<String> clitics;
  private final Set<String> negations;
  private final Set<String> boundaries;
  private final PhraseMatcher<String> prepositions = new PhraseMatcher<>();
  private final PhraseMatcher<String> conjunctions = new PhraseMatcher<>();
  private final boolean headFirst;

  Chunker(Lexicon lex) {
    relatives = lex.keys("relative.pronouns");
    reflexives = lex.keys("syntax.reflexives");
    clitics = lex.keys("syntax.clitics");
    negations = lex.keys("syntax.negations");
    boundaries = Set.of(String.valueOf(lex.setting("syntax.boundaries")).trim().split("\\s+"));
    for (String p : String.valueOf(lex.setting("syntax.prepositions")).split(",")) {
      if (!p.isBlank()) {
        prepositions.add(p.trim(), "prep");
      }
    }
    for (String c : String.valueOf(lex.setting("conjunctions")).split(",")) {
      if (!c.isBlank()) {
        conjunctions.add(c.trim(), "conj");
      }
    }
    headFirst = !"last".equals(lex.setting("syntax.head"));
  }

  /** The chunks of a sentence, tiling it; {@code mentions} are the sentence's linked mentions. */
  List<Chunk> chunk(Sentence s, List<Mention> mentions) {
    int n = s.size();
    int[] nameEnd = new int[n]; // a mention's span is one noun phrase
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.PRONOUN && m.end() <= n && m.end() - m.first() > nameEnd[m.first()]) {
        nameEnd[m.first()] = m.end() - m.first();
      }
    }
    PhraseMatcher.Words words = PhraseMatcher.Words.of(s);
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Token t = s.token(i);
      PhraseMatcher.Match<String> prep = nameEnd[i] > 0 ? null : prepositions.longestAt(s, words, i, null);
      PhraseMatcher.Match<String> conj = nameEnd[i] > 0 ? null : conjunctions.longestAt(s, words, i, null);
      if (conj != null && conj.end() - conj.first() > 1) {
        out.add(new Chunk(Kind.CONJ, i, conj.end(), i)); // "ainsi que", "as well as"
        i = conj.end();
      } else if (prep != null && (prep.end() - prep.first() > 1 || !t.isVerb() && !nominal(t))) {
        out.add(new Chunk(Kind.PREP, i, prep.end(), i)); // "à l'encontre de", "according to"
        i = prep.end();
      } else if (nameEnd[i] > 0 || nominal(t)) {
        int end = nounPhraseEnd(s, i, nameEnd);
        out.add(new Chunk(Kind.NP, i, end, head(s, i, end, nameEnd)));
        i = end;
      } else if (startsVerbGroup(s, i)) {
        int end = verbGroupEnd(s, i);
        out.add(new Chunk(Kind.VERB, i, end, mainVerb(s, i, end)));
        i = end;
      } else {
        out.add(new Chunk(kindOf(s, i), i, i + 1, i));
        i++;
      }
    }
    return out;
  }

  private Kind kindOf(Sentence s, int i) {
    Token t = s.token(i);
    String pos = t.pos() == null ? "" : t.pos();
    if (t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'") && "PART".equals(pos)) {
      return Kind.POSS;
    }
    if (boundaries.contains(t.text()) || t.text().equals(",")) {
      return Kind.PUNCT;
    }
    if (QUOTES.contains(t.text())) {
      return Kind.OTHER; // transparent: "dénonce « la colère »"
    }
    if (pos.startsWith("ADP")) {
      return Kind.PREP;
    }
    if ("CCONJ".equals(pos)) {
      return Kind.CONJ;
    }
    if ("SCONJ".equals(pos) || relatives.contains(t.key()) && ("PRON".equals(pos) || "DET".equals(pos))) {
      return Kind.SUB;
    }
    if ("PRON".equals(pos)) {
      return Kind.PRON;
    }
    if (t.isPunct()) {
      return Kind.PUNCT;
    }
    return Kind.OTHER;
  }

  /** Tokens that build a noun phrase: determiners, adjectives, nouns, names, numbers. */
  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos != null && switch (pos) {
      case "NOUN", "PROPN", "NUM", "ADJ", "DET", "X", "SYM" -> !t.isPunct() || "SYM".equals(pos) && !t.text().equals(",");
      default -> false;
    };
  }

  private int nounPhraseEnd(Sentence s, int i, int[] nameEnd) {
    int end = i;
    while (end < s.size()) {
      if (end > i && nameEnd[end] == 0 && startsPreposition(s, end)) {
        break; // "l'OTAN face aux menaces": "face aux" is a preposition
      } else if (nameEnd[end] > 0) {
        end += nameEnd[end];
      } else if (nominal(s.token(end)) && !(end > i && s.token(end).isDeterminer() && !s.token(end - 1).isDeterminer())) {
        end++; // a determiner after a noun starts another phrase ("aux Etats-Unis la semaine")
      } else {
        break;
      }
    }
    return Math.max(end, i + 1);
  }

  private boolean startsPreposition(Sentence s, int i) {
    PhraseMatcher.Match<String> m = prepositions.longestAt(s, PhraseMatcher.Words.of(s), i, null);
    return m != null && m.end() - m.first() > 1;
  }

  private int head(Sentence s, int first, int end, int[] nameEnd) {
    int best = -1;
    for (int k = first; k < end; k++) {
      String pos = s.token(k).pos();
      if ("NOUN".equals(pos) || "PROPN".equals(pos) || nameEnd[k] > 0) {
        if (headFirst) {
          return k;
        }
        best = k;
      }
    }
    return best >= 0 ? best : end - 1;
  }

  private boolean startsVerbGroup(Sentence s, int i) {
    Token t = s.token(i);
    if (t.isVerb()) {
      return true;
    }
    // clitics and negation before a verb: "ne l'a pas", "s'est", "lui reproche", "not"
    int k = i;
    while (k < s.size() && k < i + 4 && verbSatellite(s.token(k))) {
      k++;
    }
    return k > i && k < s.size() && s.token(k).isVerb();
  }

  private boolean verbSatellite(Token t) {
    String pos = t.pos();
    return negations.contains(t.key()) || (reflexives.contains(t.key()) || clitics.contains(t.key())) && "PRON".equals(pos);
  }

  /** Auxiliaries, clitics, negation and short adverbs, up to and with one main verb. */
  private int verbGroupEnd(Sentence s, int i) {
    int k = i;
    boolean main = false;
    while (k < s.size()) {
      Token t = s.token(k);
      if ("VERB".equals(t.pos())) {
        if (main) {
          break; // a second main verb ("pourraient faire") is a group of its own
        }
        main = true;
        k++;
        continue;
      }
      if ("AUX".equals(t.pos())) {
        if (main) {
          break;
        }
        k++;
        continue;
      }
      if (verbSatellite(t) || "ADV".equals(t.pos()) && !main && k + 1 < s.size() && continuesVerb(s, k + 1)) {
        k++;
        continue;
      }
      if (main && negations.contains(t.key())) {
        k++; // "ne ... pas" after the verb
        continue;
      }
      break;
    }
    return Math.max(k, i + 1);
  }

  private boolean continuesVerb(Sentence s, int k) {
    for (int j = k; j < s.size() && j < k + 3; j++) {
      Token t = s.token(j);
      if (t.isVerb()) {
        return true;
      }
      if (!"ADV".equals(t.pos()) && !verbSatellite(t)) {
        return false;
      }
    }
    return false;
  }

  private static int mainVerb(Sentence s, int first, int end) {
    int last = first;
    for (int k = first; k < end; k++) {
      if ("VERB".equals(s.token(k).pos())) {
        return k;
      }
      if ("AUX".equals(s.token(k).pos())) {
        last = k;
      }
    }
    return last;
  }
}
