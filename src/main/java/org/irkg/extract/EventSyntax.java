package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Frame;
import org.irkg.doc.Mention;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.EventCue;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * What EventRule reads of a sentence's syntax around an event cue: the verb that governs a cue
 * noun, reflexive and reciprocal verbs, claims that embed an event, clitic and relative objects,
 * attacks condemned, and which cue (verb or noun) fits the chunk.
 */
final class EventSyntax {
  private EventSyntax() {}

  /**
   * "les menaces que constituent la Russie et l'EI", "the threat posed by": a relative clause
   * after the noun whose verb (event.relative.verbs) has its subject after it: the noun's sources.
   */
  static Frame invertedRelative(Parse parse, Sentence s, PhraseMatcher.Match<EventCue> m, Set<String> verbs,
      Set<String> objectRelatives) {
    Chunk after = null;
    for (Chunk c : parse.chunks()) {
      if (c.first() >= m.end()) {
        after = c;
        break;
      }
    }
    if (after == null || !(after.kind() == Chunk.Kind.SUB || after.kind() == Chunk.Kind.PRON
        && objectRelatives.contains(s.token(after.first()).key()))) {
      return null;
    }
    int i = parse.chunks().indexOf(after);
    if (i + 1 >= parse.chunks().size() || parse.chunks().get(i + 1).kind() != Chunk.Kind.VERB) {
      return null;
    }
    Chunk v = parse.chunks().get(i + 1);
    if (!verbs.contains(s.token(v.head()).key())) {
      return null;
    }
    Frame f = parse.frameAt(v.head());
    if (f == null) {
      return null;
    }
    List<Phrase> subj = parse.groupAfter(v.end() - 1);
    return subj == null ? null : new Frame(f.sentence(), f.first(), f.end(), true, false, false, subj, List.of(),
        List.of(), List.of());
  }

  /** An attack noun heads the verb's object ("a condamné cet attentat", "condemned the raid"). */
  static boolean attackObject(Sentence s, Parse parse, Frame f, Set<String> attacks) {
    List<Phrase> obj = new ArrayList<>(f.objects());
    if (obj.isEmpty()) {
      // past an insertion: "a condamné « avec fermeté » cet attentat"
      for (Chunk c : parse.chunks()) {
        if (c.first() < f.end()) {
          continue;
        }
        if (c.kind() == Chunk.Kind.VERB || c.kind() == Chunk.Kind.SUB) {
          break;
        }
        List<Phrase> g = parse.groupStartingAt(c.first());
        if (g != null) {
          obj.addAll(g);
        }
      }
    }
    for (Phrase p : obj) {
      if (attacks.contains(s.token(p.head()).key())) {
        return true;
      }
    }
    return false;
  }

  /** The armed group the article names: the last one up to this sentence, else the first after it. */
  static Actor armedGroup(Document doc, int sentence) {
    Actor before = null;
    Actor after = null;
    for (Mention m : doc.links()) {
      if (m.refersToActor() && m.actor().type() == ActorType.ARMED_GROUP) {
        if (m.sentence() <= sentence) {
          before = m.actor();
        } else if (after == null) {
          after = m.actor();
        }
      }
    }
    return before != null ? before : after;
  }

  /**
   * "X face aux menaces de Y", "X against the threat of Y": who faces a threat is its target,
   * the phrase before the preposition of facing (facing.prepositions).
   */
  static List<Actor> facing(Parse parse, PhraseMatcher.Match<EventCue> m, EventArgs args, Set<String> facing) {
    Chunk noun = parse.chunkAt(m.first());
    Chunk prep = noun == null ? null : parse.chunkBefore(noun.first());
    if (prep == null || prep.kind() != Chunk.Kind.PREP) {
      return List.of();
    }
    org.irkg.doc.Sentence s = args.sentence();
    if (!facing.contains(org.irkg.doc.Text.key(s.span(prep.first(), prep.end())))) {
      return List.of();
    }
    for (List<Phrase> g : parse.groups()) {
      if (g.get(g.size() - 1).lastEnd() == prep.first()) {
        List<Actor> out = new ArrayList<>();
        g.forEach(p -> out.addAll(args.of(p)));
        return out;
      }
    }
    return List.of();
  }

  /** The verb whose object (or prepositional phrase) holds the noun of a cue, or null. */
  static Frame governing(Parse parse, PhraseMatcher.Match<EventCue> m) {
    Frame best = null;
    for (Frame f : parse.frames()) {
      if (!f.verbal() || f.first() >= m.first()) {
        continue;
      }
      boolean holds = f.objects().stream().anyMatch(p -> p.first() <= m.first() && m.first() < p.lastEnd())
          || f.obliques().stream().anyMatch(o -> o.phrase().first() <= m.first() && m.first() < o.phrase().lastEnd());
      if (holds) {
        best = f;
      }
    }
    return best;
  }

  /** Violence (CAMEO 18-20): named with both sides, both do it ("X s'affronte avec Y"); a break of relations is one side's. */
  static boolean fighting(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /** A cue whose target comes with "avec"/"with": both sides do it ("X s'affronte avec Y"). */
  static boolean together(List<String> by) {
    return by.contains("avec") || by.contains("with");
  }

  static Frame nounFrame(Parse parse, PhraseMatcher.Match<EventCue> m) {
    for (int t = m.first(); t < m.end(); t++) {
      Frame f = parse.frameAt(t);
      if (f != null && !f.verbal()) {
        return f;
      }
    }
    return null;
  }

  /** The cue that fits the chunk: a verb in a verb group (a pronominal one when it has "se"), else a noun. */
  static EventCue choose(List<EventCue> cues, boolean verbal, boolean reflexive) {
    EventCue best = null;
    for (EventCue c : cues) {
      if (c.verbal() != verbal || verbal && c.reflexive() && !reflexive) {
        continue;
      }
      if (best == null || c.reflexive() == reflexive && best.reflexive() != reflexive
          || best.source().contains("CAMEO") && !c.source().contains("CAMEO")) {
        best = c; // the project's own lexicon before the dictionary
      }
    }
    return best;
  }

  /**
   * Whether a verb depends, through infinitives ("de vouloir défendre"), on a verb that makes it a
   * claim or a denial rather than a fact (event.embedding.verbs: "accuser", "nier", "deny").
   */
  static boolean embedded(Sentence s, Parse parse, Chunk verb, Set<String> embedding) {
    int i = parse.chunks().indexOf(verb);
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      Chunk c = parse.chunks().get(k);
      if (c.kind() == Chunk.Kind.VERB && embedding.contains(s.token(c.head()).key())) {
        return true;
      }
      String x = s.token(c.first()).text();
      boolean quote = x.equals("«") || x.equals("»") || x.equals("\"") || x.equals("“") || x.equals("”");
      if (c.kind() == Chunk.Kind.SUB || c.kind() == Chunk.Kind.PUNCT && !quote || c.kind() == Chunk.Kind.CONJ) {
        return false;
      }
    }
    return false;
  }

  static boolean reflexive(Sentence s, Chunk c, Lexicon lex) {
    Set<String> refl = lex.keys("syntax.reflexives");
    for (int t = c.first(); t < c.end(); t++) {
      if (refl.contains(s.token(t).key()) && "PRON".equals(s.token(t).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb whose plural subject acts on itself: "l'Inde et le Pakistan s'accusent (mutuellement)",
   * "India and Pakistan accused each other": a reflexive pronoun in the verb's chunk, or a
   * reciprocal phrase (event.reciprocal.words) within three words after it.
   */
  static boolean reciprocal(Sentence s, Chunk c, Lexicon lex, boolean pronominalCue) {
    if (!pronominalCue && reflexive(s, c, lex)) { // "s'engager": the "se" of the verb itself, no "each other"
      return true;
    }
    Set<String> phrases = lex.keys("event.reciprocal.words");
    for (int t = c.end(); t <= c.end() + 3 && t < s.size(); t++) {
      StringBuilder words = new StringBuilder();
      for (int n = 0; n < 4 && t + n < s.size(); n++) {
        words.append(n == 0 ? "" : " ").append(s.token(t + n).key());
        if (phrases.contains(words.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean clitic(Sentence s, Chunk c, Set<String> clitics) {
    for (int t = c.first(); t < c.head(); t++) {
      if (clitics.contains(s.token(t).key()) && "PRON".equals(s.token(t).pos())) {
        return true;
      }
    }
    return false;
  }
}
