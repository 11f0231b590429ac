package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;

/**
 * Positions from a title next to a person: "Jens Stoltenberg, secrétaire général de l'OTAN",
 * "le ministre français Jean-Marc Ayrault", "UN Secretary-General Kofi Annan", "the President of
 * Brazil, Luiz Inácio Lula da Silva", "Mohamed Morsi a été élu président de l'Égypte", and lists
 * after a plural title ("ministers: A, B"). The office belongs to the state or organisation next
 * to the title (before it first: "the Japanese ambassador to China" serves Japan; a government
 * body stands for its state), else to the holder's nationality when the gazetteer knows it, else
 * to the state the article is mostly about. Which person holds it: see {@link Holders}.
 */
final class PositionRule implements FactRule {
  /** The scope of a title held in another state than the possessor's ("son homologue", "his counterpart"). */
  static final String OTHER_STATE = "other-state";

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer gazetteer) {
    Map<String, Fact.Position> found = new LinkedHashMap<>();
    Holders holders = new Holders(lex);
    Set<String> destination = lex.keys("place.prepositions");
    Set<String> possessives = lex.keys("possessive.determiners");
    Actor mainState = Sentences.mainState(doc);
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = doc.linksIn(s.index());
      Mention lastAff = null;
      int lastEnd = -1;
      for (Mention t : Sentences.ofKind(ms, MentionKind.TITLE)) {
        Mention aff = affiliation(s, ms, t, destination);
        if (aff == null && !OTHER_STATE.equals(t.scope()) && possessive(s, t, possessives)) {
          aff = ownerBefore(doc, s, t, gazetteer, found); // "Its Foreign Minister, Gabrielius Landsbergis"
        }
        if (aff == null && lastAff != null && coordinated(s, lastEnd, t.first())) {
          aff = lastAff; // "son ministre du Pétrole, A, et du ministre des Affaires étrangères, B": his too
        }
        int after = aff != null && aff.first() >= t.end() ? aff.end() : t.end();
        List<Mention> who = holders.find(doc, s, ms, t, after, aff, gazetteer);
        lastAff = aff;
        lastEnd = who.isEmpty() || who.get(0).sentence() != s.index() ? Math.max(after, t.end())
            : Math.max(after, who.get(who.size() - 1).end());
        boolean anaphora = !who.isEmpty() && who.get(0).sentence() != s.index();
        for (Mention holder : who) {
          add(found, doc, s, t, holder, aff, anaphora, mainState, gazetteer);
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** A person's state: the gazetteer's, else that of their first country role in the Phoenix dictionaries. */
  private static Actor nationality(Actor person, Gazetteer g) {
    if (person.state() != null) {
      return g.byIri(person.state());
    }
    org.irkg.lexicon.PhoenixActors.Entry e = g.phoenix().find(org.irkg.doc.Text.key(person.label("en")));
    String iso = e == null ? null : e.country(c -> g.state(c) != null);
    return iso == null ? null : g.state(iso);
  }

  /**
   * The state of whom an office serves, from the title's "de"/"of" complement: a nationality or a
   * state ("du président américain"), or a person of known nationality ("of President Trump").
   */
  private static Actor servedState(Document doc, Sentence s, Mention t, Gazetteer g) {
    if (!doc.has(org.irkg.doc.Layer.SYNTAX)) {
      return null;
    }
    org.irkg.doc.Parse parse = doc.parse(s.index());
    List<Mention> ms = doc.linksIn(s.index());
    for (List<org.irkg.doc.Phrase> group : parse.groups()) {
      for (org.irkg.doc.Phrase p : group) {
        if (p.first() <= t.first() && t.end() <= p.end()) {
          for (org.irkg.doc.Phrase c : p.complements()) {
            for (Mention m : ms) {
              if (m.refersToActor() && m.first() >= c.first() && m.end() <= c.end()) {
                if (m.actor().type() == ActorType.STATE) {
                  return m.actor();
                }
                if (m.actor().type() == ActorType.PERSON && m.actor().state() != null) {
                  return g.byIri(m.actor().state());
                }
              }
            }
          }
        }
      }
    }
    return null;
  }

  private static void add(Map<String, Fact.Position> found, Document doc, Sentence s, Mention t,
      Mention holder, Mention aff, boolean anaphora, Actor mainState, Gazetteer g) {
    Actor of = null;
    double conf = 0.8;
    String rule = "-title";
    if (aff != null) {
      of = aff.actor();
      if (of.type() == ActorType.GOVERNMENT_BODY && of.state() != null && g.byIri(of.state()) != null) {
        of = g.byIri(of.state());
      }
      if (anaphora) {
        conf = 0.5;
        rule = "-anaphora";
      }
    } else if (!"org".equals(t.scope()) && servedState(doc, s, t, g) != null) {
      of = servedState(doc, s, t, g); // "le conseiller à la sécurité nationale du président américain"
      conf = 0.6;
      rule = "-served";
    } else if (!"org".equals(t.scope()) && nationality(holder.actor(), g) != null) {
      of = nationality(holder.actor(), g);
      conf = 0.6;
      rule = "-nationality";
    } else if ("state".equals(t.scope()) && mainState != null) {
      of = mainState;
      conf = 0.4;
      rule = "-main-state";
    }
    if (of == null) {
      return;
    }
    String key = holder.actor().iri() + "|" + of.iri();
    Fact.Position old = found.get(key);
    List<Evidence> ev = new ArrayList<>();
    if (old != null) {
      ev.addAll(old.evidence());
    }
    ev.add(Evidence.of(s, "position-" + doc.lang() + rule, conf));
    String role = old != null ? old.role() : roleText(s, t, aff);
    found.put(key, new Fact.Position(holder.actor(), role, doc.lang(), of, ev));
  }

  /**
   * The office as written. A title that ends on a preposition gives no office by itself ("à la
   * tête du", "head of"): the office runs to the body that follows ("à la tête du Pentagone").
   */
  private static String roleText(Sentence s, Mention t, Mention aff) {
    Token last = s.token(t.end() - 1);
    boolean open = last.isAdposition() || last.isDeterminer();
    if (open && aff != null && aff.first() >= t.end() && aff.first() - t.end() <= 2) {
      return s.span(t.first(), aff.end());
    }
    return s.span(t.first(), t.end());
  }

  /**
   * The state or organisation of a title: just before it ("UN Secretary-General", "Chinese
   * President", "Japan's Prime Minister"), else just after it ("de l'OTAN", "of Brazil",
   * "français") unless a preposition of destination stands between ("ambassador to China").
   */
  private static Mention affiliation(Sentence s, List<Mention> ms, Mention t, Set<String> destination) {
    for (Mention m : ms) {
      if (m.first() > t.first() && m.end() <= t.end() && m.refersToActor() && !Sentences.isPerson(m)) {
        return m; // inside the title: "ministre mauritanien du Pétrole"
      }
    }
    int b = t.first();
    if (b > 0 && (s.token(b - 1).text().equals("'s") || s.token(b - 1).text().equals("’s"))) {
      b--;
    }
    Mention before = Sentences.endingAt(ms, b);
    if (before != null && before.refersToActor() && !Sentences.isPerson(before)) {
      return before;
    }
    if (t.end() < s.size() && destination.contains(s.token(t.end()).key())) {
      return null;
    }
    // past "de l'", "of the" (but a mention wins even where the tagger saw a preposition)
    for (int i = t.end(); i < s.size() && i <= t.end() + 3; i++) {
      Mention m = Sentences.startingAt(ms, i);
      if (m != null) {
        return m.refersToActor() && !Sentences.isPerson(m) ? m : null;
      }
      if (i > t.end() && ("NOUN".equals(s.token(i).pos()) || s.token(i).isProperNoun())) {
        return bodyOf(s, ms, i);
      }
      if (!s.token(i).isAdposition() && !s.token(i).isDeterminer()) {
        return null;
      }
    }
    return null;
  }

  /** Only commas, a coordinating conjunction and its preposition or article between two titles. */
  private static boolean coordinated(Sentence s, int from, int to) {
    if (from < 0 || to - from > 5) {
      return false;
    }
    boolean and = false;
    for (int k = from; k < to; k++) {
      Token x = s.token(k);
      and |= "CCONJ".equals(x.pos());
      if (!("CCONJ".equals(x.pos()) || x.text().equals(",") || x.isAdposition() || x.isDeterminer())) {
        return false;
      }
    }
    return and;
  }

  /**
   * The state or organisation of a body named after a title: its demonym ("porte-parole de la
   * présidence turque", "de la délégation marocaine") or its complement ("président de la
   * Commission de l'UA"); null for anything else.
   */
  private static Mention bodyOf(Sentence s, List<Mention> ms, int noun) {
    Mention d = Sentences.startingAt(ms, noun + 1);
    if (d != null) {
      return d.kind() == MentionKind.DEMONYM && d.refersToActor() ? d : null;
    }
    int j = noun + 1;
    while (j < s.size() && j <= noun + 3 && (s.token(j).isAdposition() || s.token(j).isDeterminer())) {
      j++;
    }
    Mention m = j > noun + 1 ? Sentences.startingAt(ms, j) : null;
    return m != null && m.refersToActor() && !Sentences.isPerson(m) ? m : null;
  }

  private static boolean possessive(Sentence s, Mention t, Set<String> possessives) {
    int i = t.first() - 1;
    while (i >= 0 && "ADJ".equals(s.token(i).pos())) {
      i--;
    }
    return i >= 0 && possessives.contains(s.token(i).key());
  }

  /** The state named last before a title (in its sentence or the one before), or the state of the person named last. */
  private static Mention ownerBefore(Document doc, Sentence s, Mention t, Gazetteer g, Map<String, Fact.Position> found) {
    Mention last = null;
    Mention subject = null;
    for (Mention m : doc.links()) {
      boolean before = m.sentence() == s.index() - 1 || m.sentence() == s.index() && m.end() <= t.first();
      if (!before || !m.refersToActor()) {
        continue;
      }
      Mention owner = null;
      if (Sentences.isState(m)) {
        owner = m;
      } else if (Sentences.isPerson(m)) {
        Actor state = stateOf(m.actor(), g, found); // "his spokesman": the state of the person named
        owner = state == null ? null : Mention.actor(m.sentence(), m.first(), m.end(), MentionKind.NAME, state);
      }
      if (owner != null) {
        last = owner;
        if (m.sentence() < s.index() && m.first() == 0 && subject == null) {
          subject = owner;
        }
      }
    }
    // in its own sentence, the nearest; else the subject of the sentence before, which "its" takes up
    // ("Lithuania, an EU member that borders Belarus, ... Its Foreign Minister"), else the last named
    boolean inSentence = last != null && last.sentence() == s.index();
    return inSentence || subject == null ? last : subject;
  }

  /** A person's state: the gazetteer's, else the state of an office the article gave them before. */
  private static Actor stateOf(Actor person, Gazetteer g, Map<String, Fact.Position> found) {
    if (person.state() != null && g.byIri(person.state()) != null) {
      return g.byIri(person.state());
    }
    for (Fact.Position p : found.values()) {
      if (p.holder().iri().equals(person.iri()) && p.roleOf() != null && p.roleOf().type() == ActorType.STATE) {
        return p.roleOf();
      }
    }
    return null;
  }

}
