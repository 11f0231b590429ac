package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/** The actors a phrase names, in one sentence. */
final class EventArgs {
  private final Document doc;
  private final Sentence s;
  private final List<Mention> ms;
  private final Set<String> possessives;
  private final PhraseMatcher<String> pairs;
  private final Gazetteer gazetteer;

  EventArgs(Document doc, Sentence s, List<Mention> ms, Lexicon lex, Gazetteer gazetteer) {
    this.doc = doc;
    this.s = s;
    this.ms = ms;
    this.possessives = lex.keys("possessive.determiners");
    this.pairs = lex.pairPhrases();
    this.gazetteer = gazetteer;
  }

  /**
   * The names in the phrase's core (persons before the state of a "US President Bush"); else its
   * nationality adjectives ("les autorités russes"); else the pronoun's actor; else, for "ses"
   * and "its", the actor named last; else the actors of its complements ("les armées du Nigeria
   * et du Tchad").
   */
  List<Actor> of(Phrase p) {
    List<Actor> names = new ArrayList<>();
    List<Actor> demonyms = new ArrayList<>();
    boolean person = false;
    for (Mention m : ms) {
      if (m.refersToActor() && m.first() >= p.first() && m.end() <= p.end()) {
        if (m.kind() == MentionKind.DEMONYM) {
          addNew(demonyms, m.actor());
        } else {
          addNew(names, m.actor());
          person |= m.actor().type() == ActorType.PERSON;
        }
      }
    }
    if (person) {
      names.removeIf(a -> a.type() != ActorType.PERSON);
    }
    // "l'armée pakistanaise": the body acts, not its state besides it
    Set<String> bodiesOf = new java.util.HashSet<>();
    names.forEach(a -> {
      if (a.type() == ActorType.GOVERNMENT_BODY && a.state() != null) {
        bodiesOf.add(a.state());
      }
    });
    names.removeIf(a -> bodiesOf.contains(a.iri()));
    if (!names.isEmpty()) {
      return asStates(names);
    }
    PhraseMatcher.Match<String> pair = pairs.longestAt(s, PhraseMatcher.Words.of(s), p.first(), null);
    if (pair == null && p.first() + 1 < p.end()) {
      pair = pairs.longestAt(s, PhraseMatcher.Words.of(s), p.first() + 1, null);
    }
    if (pair != null && pair.end() <= p.end()) {
      return List.of(Sentences.lastTwoStates(doc, s.index())); // "the two countries"
    }
    if (!demonyms.isEmpty()) {
      return demonyms;
    }
    if (p.end() - p.first() == 1 && possessives.contains(s.token(p.first()).key())) {
      Actor a = previous(p.first(), List.of());
      return a == null ? List.of() : List.of(a);
    }
    List<Actor> out = new ArrayList<>();
    for (Phrase c : p.complements()) {
      for (Actor a : of(c)) {
        addNew(out, a);
      }
    }
    return out;
  }

  /**
   * A state's body named by a common noun and the state ("l'armée pakistanaise", "the US army")
   * acts as its state in a relation, as news (and their readers) take it.
   */
  private List<Actor> asStates(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      Actor st = a.type() == ActorType.GOVERNMENT_BODY && a.state() != null
          && a.iri().matches(".*/id/org/(army|police|intelligence|navy|airforce)-[a-z]+$") ? gazetteer.byIri(a.state()) : null;
      addNew(out, st != null ? st : a);
    }
    return out;
  }

  Sentence sentence() {
    return s;
  }

  /** The nationality adjectives of a noun phrase chunk ("le soutien américain", "Russian support"). */
  List<Actor> demonymsIn(Chunk c) {
    List<Actor> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind() == MentionKind.DEMONYM && m.refersToActor() && m.first() >= c.first() && m.end() <= c.end()) {
        addNew(out, m.actor());
      }
    }
    return out;
  }

  /** The last state, person or organisation named before a token, in this sentence or the one before. */
  Actor previous(int token, List<Actor> not) {
    Actor found = null;
    for (Mention m : doc.links()) {
      boolean before = m.sentence() == s.index() - 1 || m.sentence() == s.index() && m.end() <= token;
      Sentence ms = doc.sentences().get(m.sentence());
      boolean demonymHere = m.kind() == MentionKind.DEMONYM && m.sentence() == s.index(); // "le dirigeant nord-coréen"
      if (before && m.refersToActor() && (m.kind() != MentionKind.DEMONYM || demonymHere) && !Sentences.afterAdposition(ms, m)
          && not.stream().noneMatch(a -> a.iri().equals(m.actor().iri()))) {
        found = m.actor(); // "à Singapour" names where, not whom
      }
    }
    return found;
  }

  private static void addNew(List<Actor> out, Actor a) {
    if (out.stream().noneMatch(x -> x.iri().equals(a.iri()))) {
      out.add(a);
    }
  }
}
