package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/**
 * Who holds the office a title names, tried in order: the person right after the title (past
 * adjectives, commas and honorifics: "premier ministre conservateur Antonis Samaras", "procureure
 * de la CPI, Mme Fatou Bensouda"); the person before it in apposition ("Jens Stoltenberg,
 * secrétaire général", "Christos Staïkouras, nommé vice-ministre") or with a verb of office ("Morsi
 * a été élu président"); the persons listed after a colon ("ministers: A, B"); and for a definite
 * title of a state with no name near it, the last person of that state named before.
 */
final class Holders {
  private static final int SKIP = 3;
  private final Lexicon lex;
  private final Set<String> positionVerbs;
  private final Set<String> relatives;

  Holders(Lexicon lex) {
    this.lex = lex;
    this.positionVerbs = lex.keys("position.verbs");
    this.relatives = lex.keys("subject.relative.pronouns");
  }

  List<Mention> find(Document doc, Sentence s, List<Mention> ms, Mention t, int after, Mention aff, Gazetteer g) {
    List<Mention> out = new ArrayList<>();
    Mention p = after(s, ms, after);
    if (p == null) {
      p = before(s, ms, aff != null && aff.end() <= t.first() ? aff.first() : t.first());
    }
    if (p != null) {
      out.add(p);
      return out;
    }
    out.addAll(listed(s, ms, after));
    // "the Chinese president" can be the one named earlier; "his counterparts" is never the possessor
    if (out.isEmpty() && aff != null && !PositionRule.OTHER_STATE.equals(t.scope()) && definite(s, t.first())) {
      Actor state = stateOf(aff.actor(), g);
      Mention q = state == null ? null : lastPersonOf(doc, s.index(), t.first(), state);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private Mention after(Sentence s, List<Mention> ms, int h) {
    boolean adposition = false;
    for (int skipped = 0; h < s.size() && skipped <= SKIP; skipped++) {
      Mention p = Sentences.startingAt(ms, h);
      if (p != null && Sentences.isPerson(p)) {
        // "l'ancien premier ministre d'Hosni Moubarak", "adviser to Obama": whom the office serves
        return adposition ? null : p;
      }
      boolean where = p != null && p.actor() != null && p.actor().type() == ActorType.PLACE;
      if (p != null && p.kind() != MentionKind.DEMONYM && !where && !(p.refersToActor() && p.actor().type() == ActorType.STATE)) {
        return null;
      }
      if (p != null) {
        // "the Japanese ambassador to China Anami Koreshige", "Finland's ambassador in Kuala Lumpur,
        // Leena Saarinen": past the destination
        h = p.end();
        adposition = false;
        continue;
      }
      Token x = s.token(h);
      boolean skippable = x.text().equals(",") || lex.isHonorific(x.text()) || x.isAdposition()
          || ("ADJ".equals(x.pos()) || "NOUN".equals(x.pos())) && !Text.capitalised(x.text());
      if (!skippable) {
        return null;
      }
      adposition = x.isAdposition() || adposition && x.isDeterminer();
      h++;
    }
    return null;
  }

  /** "X, (DET) (ADJ) (participle) title" or "X (AUX) verb-of-office (DET) (ADJ) title". */
  private Mention before(Sentence s, List<Mention> ms, int first) {
    int k = first - 1;
    while (k >= 0 && (s.token(k).isDeterminer() || "ADJ".equals(s.token(k).pos()) && !Text.capitalised(s.token(k).text()))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    boolean verbOfOffice = false;
    int verbs = 0;
    while (k >= 0 && verbs < 3 && (s.token(k).isVerb() || positionVerbs.contains(s.token(k).key()))) {
      verbOfOffice |= positionVerbs.contains(s.token(k).key());
      k--;
      verbs++;
    }
    if (verbs > 0 && !verbOfOffice) {
      return null;
    }
    if (verbs > 0 && k >= 0 && relatives.contains(s.token(k).key())) {
      k--; // "son rival Ahmad Chafiq qui fut l'ancien premier ministre"
      Mention q = Sentences.endingAt(ms, k + 1);
      return q != null && Sentences.isPerson(q) ? q : null;
    }
    if (verbs == 0 || k >= 0 && s.token(k).text().equals(",")) {
      if (k < 0 || !s.token(k).text().equals(",")) {
        return null;
      }
      k--;
    }
    Mention q = Sentences.endingAt(ms, k + 1);
    return q != null && Sentences.isPerson(q) ? q : null;
  }

  /** "Brazilian ministers were present at the event: A (Economy), B (Agriculture)". */
  private static List<Mention> listed(Sentence s, List<Mention> ms, int after) {
    List<Mention> out = new ArrayList<>();
    int colon = -1;
    for (int k = after; k < s.size() && k < after + 8; k++) {
      Mention at = Sentences.startingAt(ms, k);
      if (s.token(k).text().equals(".") || at != null && at.kind() == MentionKind.TITLE) {
        break;
      }
      if (s.token(k).text().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon > 0) {
      for (Mention q : ms) {
        if (q.first() > colon && Sentences.isPerson(q)) {
          out.add(q);
        }
      }
    }
    return out;
  }

  private static boolean definite(Sentence s, int title) {
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
