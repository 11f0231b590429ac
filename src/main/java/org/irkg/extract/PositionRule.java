package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/**
 * Positions from a title next to a person: "Jens Stoltenberg, secrétaire général de l'OTAN",
 * "le ministre français Jean-Marc Ayrault", "UN Secretary-General Kofi Annan", "the President of
 * Brazil, Luiz Inácio Lula da Silva", and lists after a plural title ("ministers: A, B"). The
 * office belongs to the state or organisation next to the title (a government body stands for
 * its state), else to the holder's nationality when the gazetteer knows it.
 */
final class PositionRule implements FactRule {

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer gazetteer) {
    Map<String, Fact.Position> found = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = doc.linksIn(s.index());
      for (Mention t : Sentences.ofKind(ms, MentionKind.TITLE)) {
        read(doc, s, ms, t, gazetteer, found);
      }
    }
    return new ArrayList<>(found.values());
  }

  private void read(Document doc, Sentence s, List<Mention> ms, Mention t, Gazetteer g,
      Map<String, Fact.Position> found) {
    String lang = doc.lang();
    Mention aff = null;
    int after = t.end();
    // affiliation after the title: "de l'OTAN", "of Brazil", "français"
    int i = Sentences.skipFunctionWords(s, t.end(), 3);
    Mention m = Sentences.startingAt(ms, i);
    if (m != null && m.refersToActor() && !Sentences.isPerson(m)) {
      aff = m;
      after = m.end();
    }
    // or before it: "UN Secretary-General", "Chinese President", "Japan's Prime Minister"
    if (aff == null) {
      int b = t.first();
      if (b > 0 && (s.token(b - 1).text().equals("'s") || s.token(b - 1).text().equals("’s"))) {
        b--;
      }
      Mention before = Sentences.endingAt(ms, b);
      if (before != null && before.refersToActor() && !Sentences.isPerson(before)) {
        aff = before;
      }
    }
    List<Mention> holders = new ArrayList<>();
    // holder after: "secrétaire d'État John Kerry", "President of Brazil, Lula"
    int h = after;
    if (h < s.size() && s.token(h).text().equals(",")) {
      h++;
    }
    Mention p = Sentences.startingAt(ms, h);
    if (p != null && Sentences.isPerson(p)) {
      holders.add(p);
    }
    // holder before, in apposition: "Jens Stoltenberg, secrétaire général"
    if (holders.isEmpty()) {
      int k = t.first() - 1;
      while (k >= 0 && s.token(k).isDeterminer()) {
        k--;
      }
      if (aff != null && aff.end() <= t.first()) {
        k = aff.first() - 1;
        while (k >= 0 && s.token(k).isDeterminer()) {
          k--;
        }
      }
      if (k >= 0 && s.token(k).text().equals(",")) {
        Mention q = Sentences.endingAt(ms, k);
        if (q != null && Sentences.isPerson(q)) {
          holders.add(q);
        }
      }
    }
    // a list after a colon: "Brazilian ministers were present: A (Economy), B (Agriculture)"
    if (holders.isEmpty()) {
      int colon = -1;
      for (int k = after; k < s.size() && k < after + 8; k++) {
        if (s.token(k).text().equals(":")) {
          colon = k;
          break;
        }
        if (s.token(k).text().equals(".") || Sentences.startingAt(ms, k) != null
            && Sentences.startingAt(ms, k).kind() == MentionKind.TITLE) {
          break;
        }
      }
      if (colon > 0) {
        for (Mention q : ms) {
          if (q.first() > colon && Sentences.isPerson(q)) {
            holders.add(q);
          }
        }
      }
    }
    // "a déclaré le chef de la diplomatie américaine": a definite title of a state, with no name
    // next to it, is the last person named before who is of that state
    boolean anaphora = false;
    if (holders.isEmpty() && aff != null && definite(s, t.first(), doc)) {
      Actor state = stateOf(aff.actor(), g);
      Mention p2 = state == null ? null : lastPersonOf(doc, s.index(), t.first(), state);
      if (p2 != null) {
        holders.add(p2);
        anaphora = true;
      }
    }
    for (Mention holder : holders) {
      Actor of = null;
      double conf = 0.8;
      if (aff != null) {
        of = aff.actor();
        if (of.type() == ActorType.GOVERNMENT_BODY && of.state() != null && g.byIri(of.state()) != null) {
          of = g.byIri(of.state());
        }
        if (anaphora) {
          conf = 0.5;
        }
      } else if (holder.actor().state() != null && !"org".equals(t.scope())) {
        of = g.byIri(holder.actor().state());
        conf = 0.6;
      }
      if (of == null) {
        continue;
      }
      String role = s.span(t.first(), t.end());
      String key = holder.actor().iri() + "|" + of.iri();
      Fact.Position old = found.get(key);
      List<Evidence> ev = new ArrayList<>();
      if (old != null) {
        ev.addAll(old.evidence());
      }
      String rule = anaphora ? "-anaphora" : aff == null ? "-nationality" : "-title";
      ev.add(Evidence.of(s, "position-" + lang + rule, conf));
      found.put(key, new Fact.Position(holder.actor(), old != null ? old.role() : role, lang, of, ev));
    }
  }

  private static boolean definite(Sentence s, int title, Document doc) {
    if (title == 0) {
      return false;
    }
    String det = s.token(title - 1).text().toLowerCase(java.util.Locale.ROOT);
    return s.token(title - 1).isDeterminer() && !det.startsWith("un") && !det.equals("a") && !det.equals("an");
  }

  private static Actor stateOf(Actor a, Gazetteer g) {
    if (a.type() == ActorType.STATE) {
      return a;
    }
    if (a.type() == ActorType.GOVERNMENT_BODY && a.state() != null) {
      return g.byIri(a.state());
    }
    return null;
  }

  /** The last person named before (sentence, token) whose nationality is that state. */
  private static Mention lastPersonOf(Document doc, int sentence, int token, Actor state) {
    Mention found = null;
    for (Mention m : doc.links()) {
      boolean before = m.sentence() < sentence || m.sentence() == sentence && m.end() <= token;
      Sentence ms = doc.sentences().get(m.sentence());
      if (before && m.sentence() >= sentence - 3 && Sentences.isPerson(m)
          && state.iri().equals(m.actor().state()) && !Sentences.afterAdposition(ms, m)) {
        found = m;
      }
    }
    return found;
  }
}
