package org.irkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Parse;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhoenixActors;

/**
 * Which of the actors an article names it speaks of as actors of international relations: those
 * its facts are about; organisations, government bodies and armed groups it names; states it
 * names, or whose nationality adjective qualifies one who acts for them ("le gouvernement
 * malien", "Russian troops", "les Nord-Coréens") rather than a private person, a medium or a
 * place ("a Jordanian", "la chaîne qatarie", "la frontière allemande"); persons who hold an office
 * (a title beside their name) or whom the gazetteer or the Phoenix dictionaries know as political
 * figures, not the athletes, artists and journalists a story quotes.
 */
final class ActorSelection {
  private ActorSelection() {}

  static List<Actor> select(Document doc, List<Fact> facts, Lexicon lex, Gazetteer g) {
    Set<String> agentNouns = lex.keys("demonym.agent.nouns");
    Set<String> nonAgentNouns = lex.keys("demonym.other.nouns");
    Set<String> plural = lex.keys("plural.determiners");
    Set<String> definite = lex.keys("definite.determiners");
    Set<String> roles = lex.keys("person.role.nouns");
    Set<String> used = new HashSet<>();
    for (Fact f : facts) {
      used.addAll(actorsOf(f));
    }
    Map<String, Actor> out = new LinkedHashMap<>();
    Map<String, Boolean> keep = new HashMap<>();
    for (Mention m : doc.links()) {
      if (!m.refersToActor()) {
        continue;
      }
      Actor a = m.actor();
      out.putIfAbsent(a.iri(), a);
      if (keep.getOrDefault(a.iri(), false)) {
        continue;
      }
      boolean k = used.contains(a.iri()) || switch (a.type()) {
        case STATE -> m.kind() != MentionKind.DEMONYM || demonymOfAgent(doc, m, agentNouns, nonAgentNouns, plural, definite);
        case PERSON -> m.kind() == MentionKind.PRONOUN ? false : political(doc, a, g, roles);
        default -> true;
      };
      keep.merge(a.iri(), k, Boolean::logicalOr);
    }
    out.keySet().removeIf(iri -> !keep.getOrDefault(iri, false));
    return List.copyOf(out.values());
  }

  private static Set<String> actorsOf(Fact f) {
    Set<String> s = new HashSet<>();
    if (f instanceof Fact.Membership m) {
      s.add(m.member().iri());
      s.add(m.organization().iri());
    } else if (f instanceof Fact.Position p) {
      s.add(p.holder().iri());
      s.add(p.roleOf().iri());
    } else if (f instanceof Fact.Meeting m) {
      m.participants().forEach(a -> s.add(a.iri()));
    } else if (f instanceof Fact.Treaty t) {
      t.parties().forEach(a -> s.add(a.iri()));
    } else if (f instanceof Fact.Relation r) {
      s.add(r.subject().iri());
      s.add(r.object().iri());
    } else if (f instanceof Fact.MemberCount c) {
      s.add(c.organization().iri());
    } // a coded event is read from the same cues as the relations: it adds no actor of its own
    return s;
  }

  /**
   * A nationality adjective that qualifies one who acts for the state (a noun of
   * demonym.agent.nouns or a title in its phrase or its coordination), or anything but a private
   * person, a medium, a place or a thing (demonym.other.nouns); or the people as a whole ("les
   * Russes").
   */
  private static boolean demonymOfAgent(Document doc, Mention m, Set<String> agentNouns, Set<String> nonAgentNouns,
      Set<String> plural, Set<String> definite) {
    Sentence s = doc.sentences().get(m.sentence());
    String pos = s.token(m.first()).pos();
    if ("NOUN".equals(pos) || "PROPN".equals(pos)) {
      // "les Nord-Coréens", "the Russians": the people stand for the state; "a Jordanian" is one person
      int d = m.first() - 1;
      return d >= 0 && (plural.contains(s.token(d).key()) || definite.contains(s.token(d).key()))
          && s.token(m.end() - 1).key().endsWith("s");
    }
    if (!doc.has(org.irkg.doc.Layer.SYNTAX)) {
      return true;
    }
    Parse p = doc.parse(m.sentence());
    Chunk c = p.chunkAt(m.first());
    if (c == null) {
      return true;
    }
    // "Egyptian, Syrian, and Iraqi forces", "les gouvernements britannique, australien et danois":
    // the nouns of every phrase of its coordination
    List<int[]> spans = new java.util.ArrayList<>(List.of(new int[] {c.first(), c.end()}));
    for (List<org.irkg.doc.Phrase> group : p.groups()) {
      if (group.stream().anyMatch(x -> x.first() <= m.first() && m.end() <= x.end())) {
        group.forEach(x -> spans.add(new int[] {x.first(), x.end()}));
      }
    }
    boolean other = false;
    for (int[] sp : spans) {
      for (int t = sp[0]; t < sp[1]; t++) {
        if (agentNouns.contains(s.token(t).key())) {
          return true;
        }
        other |= nonAgentNouns.contains(s.token(t).key());
      }
    }
    if (!other) {
      return true; // "la jeunesse camerounaise", "la puissance du dragon chinois": the country
    }
    for (Mention x : doc.linksIn(m.sentence())) {
      if (x.kind() == MentionKind.TITLE && x.first() < c.end() && c.first() < x.end()) {
        return true; // "le président russe", "the Russian foreign minister"
      }
    }
    return false;
  }

  /** A person the gazetteer or the Phoenix dictionaries know, or who has a title beside their name. */
  private static boolean political(Document doc, Actor a, Gazetteer g, Set<String> roles) {
    if (g.byIri(a.iri()) != null) {
      return true;
    }
    PhoenixActors.Entry e = g.phoenix().find(org.irkg.doc.Text.key(a.label("en")));
    if (e != null && e.political()) {
      return true;
    }
    for (Mention m : doc.links()) {
      if (m.actor() == null || !m.actor().iri().equals(a.iri()) || m.kind() == MentionKind.PRONOUN) {
        continue;
      }
      for (Mention t : doc.linksIn(m.sentence())) {
        if (t.kind() == MentionKind.TITLE && (t.end() <= m.first() && m.first() - t.end() <= 3
            || t.first() >= m.end() && t.first() - m.end() <= 3)) {
          return true;
        }
      }
      Sentence s = doc.sentences().get(m.sentence());
      for (int k = Math.max(0, m.first() - 4); k < Math.min(s.size(), m.end() + 4); k++) {
        if ((k < m.first() || k >= m.end()) && roles.contains(s.token(k).key())) {
          return true; // "le général Qamar Javed Bajwa", "Zabihullah Mujahid, the spokesperson for the Taliban"
        }
      }
    }
    return false;
  }
}
