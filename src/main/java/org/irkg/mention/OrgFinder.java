package org.irkg.mention;

import java.util.List;
import java.util.Map;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Ids;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;

/**
 * Organisations the gazetteer lacks, found from a capitalised head noun (org-heads.tsv): capitalised
 * modifiers before it ("Japan Defense Agency", "Presidential Election Commission") and a complement
 * after it ("Centre européen de lutte contre les « menaces hybrides »", "Supreme Council of the
 * Armed Forces"). A state or demonym inside the name stays a mention of its own state ("Japan");
 * an adjective inside it is part of the name, not a mention.
 */
final class OrgFinder {
  private static final int MAX_TOKENS = 10;
  private final Lexicon lex;
  private final java.util.Set<String> complementPreps;

  OrgFinder(Lexicon lex) {
    this.lex = lex;
    this.complementPreps = lex.keys("org.complement.prepositions");
  }

  void find(Sentence s, boolean[] taken, List<Mention> out) {
    boolean[] stateWord = stateWords(s, out);
    for (int h = 0; h < s.size(); h++) {
      Token t = s.token(h);
      ActorType type = Text.capitalised(t.text()) && !taken[h] ? lex.orgHead(t.text()) : null;
      if (type == null) {
        continue;
      }
      int left = h;
      while (left > 0 && modifier(s, left - 1, taken, stateWord)) {
        left--;
      }
      int end = complementEnd(s, h, taken, stateWord, complementPreps);
      if (end - left < 2) {
        continue;
      }
      String name = NameFinder.cleanName(s.span(left, end));
      Actor a = new Actor(Ids.organization(name), type, Map.of(lex.lang(), name), List.of(), null, null,
          type == ActorType.GOVERNMENT_BODY ? stateInside(s, left, end, out) : null);
      final int from = left;
      final int to = end;
      out.removeIf(m -> m.sentence() == s.index() && m.kind() == MentionKind.DEMONYM && m.overlaps(from, to));
      out.add(Mention.actor(s.index(), left, end, MentionKind.NAME, a));
      MentionStage.mark(taken, left, end);
      h = end - 1;
    }
  }

  /** "the Cambodian Foreign Ministry", "ministère marocain de l'Intérieur": the state of a body. */
  private static String stateInside(Sentence s, int from, int to, List<Mention> out) {
    for (Mention m : out) {
      if (m.sentence() == s.index() && m.first() >= from && m.end() <= to && m.actor() != null
          && m.actor().type() == ActorType.STATE) {
        return m.actor().iri();
      }
    }
    return null;
  }

  /** A capitalised word before the head, or a state's name ("Japan", "British"). */
  private boolean modifier(Sentence s, int i, boolean[] taken, boolean[] stateWord) {
    Token t = s.token(i);
    if (taken[i] && !stateWord[i] || t.isPunct() && !t.text().equals("-")) {
      return false;
    }
    if (t.text().equals("-")) {
      return i > 0 && Text.capitalised(s.token(i - 1).text());
    }
    return Text.capitalised(t.text()) && !lex.isStopCapitalised(t.text()) && !lex.isHonorific(t.text());
  }

  /** Where the name ends after its head: "de lutte contre ...", "of the Armed Forces", "européen". */
  private static int complementEnd(Sentence s, int head, boolean[] taken, boolean[] stateWord,
      java.util.Set<String> preps) {
    int end = head + 1;
    int last = head + 1;
    if (end < s.size()) {
      Token first = s.token(end);
      boolean opens = first.isAdposition() && preps.contains(first.key()) || "ADJ".equals(first.pos())
          || stateWord[end] || Text.capitalised(first.text()) && !first.isPunct();
      if (!opens) {
        return last;
      }
    }
    while (end < s.size() && end - head < MAX_TOKENS && (!taken[end] || stateWord[end])) {
      Token t = s.token(end);
      String x = t.text();
      if ("CCONJ".equals(t.pos()) && end + 1 < s.size() && s.token(end + 1).isAdposition()
          && preps.contains(s.token(end + 1).key())) {
        end++; // "Conseil de paix et de sécurité"
        continue;
      }
      if (t.isAdposition() && !preps.contains(t.key())) {
        break; // "Moro Islamic Liberation Front on Mindanao": the name ends before "on"
      }
      if (t.isVerb() || "CCONJ".equals(t.pos()) || "SCONJ".equals(t.pos()) || "PRON".equals(t.pos())
          || "PART".equals(t.pos()) || x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":")
          || x.equals("(") || x.equals(")") || Character.isDigit(x.charAt(0))) {
        break;
      }
      end++;
      if (!t.isAdposition() && !t.isDeterminer() && !isOpeningQuote(x)) {
        last = end;
      }
    }
    return last;
  }

  private static boolean isOpeningQuote(String x) {
    return x.equals("«") || x.equals("“");
  }

  /** The tokens of a state's or place's name or of a demonym: they may stand inside a name. */
  private static boolean[] stateWords(Sentence s, List<Mention> out) {
    boolean[] d = new boolean[s.size()];
    for (Mention m : out) {
      if (m.sentence() == s.index() && m.actor() != null
          && (m.actor().type() == ActorType.STATE || m.actor().type() == ActorType.PLACE
              || m.kind() == MentionKind.DEMONYM)) {
        for (int k = m.first(); k < m.end(); k++) {
          d[k] = true;
        }
      }
    }
    return d;
  }
}
