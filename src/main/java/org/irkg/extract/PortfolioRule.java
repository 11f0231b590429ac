package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/**
 * Offices given in a government line-up: "Panos Panayiotopoulos reçoit la Défense", "Kostas
 * Mousouroulis récupère le portefeuille de la Marine marchande", "le ministère des Affaires
 * étrangères revient au conservateur Dimitris Avramopoulos", "le poste de ministre des Finances a
 * été confié au banquier Vassilis Rapanos". The portfolio is the words after the verb (or the
 * portfolio noun's complement); the office belongs to the holder's state, else to the state the
 * article is mostly about. Verbs and nouns are each language's portfolio.* settings.
 */
final class PortfolioRule implements FactRule {
  private static final int REACH = 8;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Set<String> verbs = lex.keys("portfolio.verbs");
    Set<String> toVerbs = lex.keys("portfolio.to.verbs");
    Set<String> nouns = lex.keys("portfolio.nouns");
    Map<String, Fact.Position> found = new LinkedHashMap<>();
    Actor main = Sentences.mainState(doc);
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = doc.linksIn(s.index());
      for (int i = 0; i < s.size(); i++) {
        String k = s.token(i).key();
        Mention holder = null;
        String role = null;
        if (verbs.contains(k)) {
          // "X reçoit la Défense": the holder just before, the portfolio just after
          Mention p = Sentences.endingAt(ms, i);
          if (p != null && Sentences.isPerson(p) && capitalisedSoon(s, i + 1)) {
            holder = p;
            role = s.span(i + 1, portfolioEnd(s, i + 1));
          }
        } else if (toVerbs.contains(k)) {
          // "le ministère de X revient à Y", "le poste de ... a été confié au banquier Y"
          int noun = nounBefore(s, i, nouns);
          Mention p = personAfter(s, ms, i + 1);
          if (noun >= 0 && p != null) {
            holder = p;
            role = s.span(noun, Math.min(i, portfolioEnd(s, noun + 1))).trim();
          }
        }
        if (holder == null || role == null || role.isBlank()) {
          continue;
        }
        Actor of = holder.actor().state() != null && g.byIri(holder.actor().state()) != null
            ? g.byIri(holder.actor().state()) : main;
        if (of == null) {
          continue;
        }
        String key = holder.actor().iri() + "|" + of.iri();
        if (!found.containsKey(key)) {
          found.put(key, new Fact.Position(holder.actor(), role, doc.lang(), of,
              List.of(Evidence.of(s, "position-" + doc.lang() + "-portfolio", 0.5))));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** A capitalised word within three tokens: "la Défense", "le portefeuille de la Marine". */
  private static boolean capitalisedSoon(Sentence s, int from) {
    for (int k = from; k < s.size() && k < from + 4; k++) {
      Token t = s.token(k);
      if (t.isPunct()) {
        return false;
      }
      if (org.irkg.doc.Text.capitalised(t.text()) || "PRON".equals(t.pos())) {
        return true;
      }
    }
    return false;
  }

  /** The end of a portfolio phrase: up to a comma, a verb or a conjunction. */
  private static int portfolioEnd(Sentence s, int from) {
    int k = from;
    while (k < s.size() && k < from + REACH) {
      Token t = s.token(k);
      if (t.isPunct() || t.isVerb() || "CCONJ".equals(t.pos()) || "SCONJ".equals(t.pos())) {
        break;
      }
      k++;
    }
    return k;
  }

  /** A portfolio noun a few tokens before the verb, or -1. */
  private static int nounBefore(Sentence s, int verb, Set<String> nouns) {
    for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
      if (nouns.contains(s.token(k).key())) {
        return k;
      }
      if (s.token(k).text().equals(",") || s.token(k).text().equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /** The person named a few tokens after a point, past "à/au/to", articles and a common noun. */
  private static Mention personAfter(Sentence s, List<Mention> ms, int from) {
    for (int k = from; k < s.size() && k < from + 5; k++) {
      Mention m = Sentences.startingAt(ms, k);
      if (m != null) {
        return Sentences.isPerson(m) ? m : null;
      }
      if (s.token(k).isPunct()) {
        return null;
      }
    }
    return null;
  }
}
