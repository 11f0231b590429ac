package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Frame;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Parse;
import org.irkg.doc.Phrase;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.CameoRelations;
import org.irkg.lexicon.CameoVerbs;
import org.irkg.lexicon.EventCue;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Relations between actors from event cues (events.tsv and the CAMEO verb dictionary), with their
 * arguments read from the sentence's structure rather than from distance: for a verb, its subjects
 * act on its object or on the phrase after the cue's preposition (after a passive, the agents after
 * "par"/"by" act on the subjects); for a noun, its possessor, its nationality adjective ("le soutien
 * américain"), its "de"/"of" complement or the subject of its support verb ("X a imposé des
 * sanctions") acts on the phrase after its preposition ("contre", "against", "à l'encontre de").
 * The CAMEO code (the most specific a pattern of the cue's block gives) decides the relation
 * (irkg/cameo/relations.tsv). A negated verb states nothing.
 */
final class EventRule implements FactRule {
  private final CameoRelations relations;

  EventRule(CameoRelations relations) {
    this.relations = relations;
  }

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Relation> found = new LinkedHashMap<>();
    Set<String> cliticObjects = lex.keys("object.pronouns.before");
    Set<String> possessives = lex.keys("possessive.determiners");
    Set<String> embedding = lex.keys("event.embedding.verbs");
    Set<String> relativeVerbs = lex.keys("event.relative.verbs");
    Set<String> objectRelatives = lex.keys("object.relative.pronouns");
    Set<String> attacks = lex.keys("attack.nouns");
    Set<String> facing = lex.keys("facing.prepositions");
    Set<String> receiving = lex.keys("event.receiving.verbs");
    for (Sentence s : doc.sentences()) {
      List<PhraseMatcher.Match<EventCue>> matches = lex.events().findAll(s, null);
      if (matches.isEmpty()) {
        continue;
      }
      Parse parse = doc.parse(s.index());
      List<Mention> ms = doc.linksIn(s.index());
      // an agreement named by a treaty head is a treaty (TreatyRule), not a relation between its
      // parties: "a memorandum between Greece and its creditors" is no cooperation
      java.util.BitSet treatyWords = new java.util.BitSet();
      lex.treatyHeads().findAll(s, null).forEach(h -> treatyWords.set(h.first(), h.end()));
      Args args = new Args(doc, s, ms, lex, g);
      for (PhraseMatcher.Match<EventCue> m : matches) {
        Chunk chunk = parse.chunkAt(m.first());
        if (chunk == null) {
          continue;
        }
        boolean verbal = chunk.kind() == Chunk.Kind.VERB;
        if (!verbal && (chunk.kind() != Chunk.Kind.NP || treatyWords.get(m.first(), m.end()).cardinality() > 0)) {
          continue;
        }
        EventCue cue = choose(m.values(), verbal, reflexive(s, chunk, lex));
        if (cue == null) {
          continue;
        }
        Frame f = verbal ? parse.frameAt(chunk.head()) : nounFrame(parse, m);
        if (f == null || f.negated() || verbal && embedded(s, parse, chunk, embedding)) {
          continue; // "accusé les États-Unis de vouloir défendre l'EI": a claim, not a fact
        }
        CameoVerbs.CameoPattern pattern = CameoMatch.best(cue, s, parse, m);
        String code = pattern != null ? pattern.code() : cue.code();
        CameoRelations.Relation rel = relations.of(code);
        if (rel.predicate() == null) {
          continue;
        }
        List<String> targetsBy = targetPrepositions(cue, s, parse, m);
        List<Actor> sources = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        boolean between = false;
        if (verbal) {
          if (f.passive()) {
            f.agents().forEach(p -> sources.addAll(args.of(p)));
            f.subjects().forEach(p -> targets.addAll(args.of(p)));
          } else {
            f.subjects().forEach(p -> sources.addAll(args.of(p)));
            between = collect(targetsBy, f, parse, m, args, targets, true);
            if (targets.isEmpty() && targetsBy.contains("obj") && attackObject(s, parse, f, attacks)) {
              Actor group = armedGroup(doc, s.index()); // "Paris a condamné cet attentat": the group behind it
              if (group != null) {
                targets.add(group);
              }
            }
            if (targets.isEmpty() && targetsBy.contains("obj") && clitic(s, chunk, cliticObjects)) {
              Actor prev = args.previous(chunk.first(), sources);
              if (prev != null) {
                targets.add(prev); // "Ankara lui reproche ...": the one named before
              }
            }
          }
        } else {
          Frame gov = governing(parse, m);
          if (gov != null && embedded(s, parse, parse.chunkAt(gov.first()), embedding)) {
            continue; // "souhaite maintenir des sanctions": a wish, not a fact
          }
          f.subjects().forEach(p -> sources.addAll(args.of(p)));
          sources.addAll(args.demonymsIn(chunk));
          if (!targetsBy.contains("de") && !targetsBy.contains("of")) {
            f.objects().forEach(p -> sources.addAll(args.of(p))); // "les menaces de Moscou contre Kiev"
          }
          f.agents().forEach(p -> sources.addAll(args.of(p)));
          between = collect(targetsBy, f, parse, m, args, targets, false);
          Frame rel2 = invertedRelative(parse, s, m, relativeVerbs, objectRelatives);
          if (rel2 != null) {
            rel2.subjects().forEach(p -> sources.addAll(args.of(p))); // "les menaces que constituent la Russie et l'EI"
          }
          if (targets.isEmpty()) {
            targets.addAll(facing(parse, m, args, facing)); // "la coopération avec l'OTAN face aux menaces de X"
          }
          if (targets.isEmpty() && gov != null && gov.objects().stream().anyMatch(o -> o.first() <= m.first() && m.first() < o.lastEnd())
              && receiving.contains(s.token(gov.first()).key())) {
            // "le Qatar a reçu le soutien du Koweït", "won the backing of Kuwait": the one who receives is the target
            gov.subjects().forEach(p -> targets.addAll(args.of(p)));
            targets.removeAll(sources);
          }
          if (sources.isEmpty() && targets.isEmpty() && "cooperatesWith".equals(rel.predicate())) {
            if (gov != null) { // "Brazil and South Korea discussed cooperation agreements"
              gov.subjects().forEach(p -> sources.addAll(args.of(p)));
            }
          }
        }
        if (verbal && pattern != null && pattern.reversed() && !f.passive()) {
          List<Actor> was = new ArrayList<>(sources); // "Qatar received the backing of Kuwait": Kuwait's act
          sources.clear();
          sources.addAll(targets);
          targets.clear();
          targets.addAll(was);
        }
        String rule = "event-" + doc.lang() + "-" + code + "-" + cue.pos();
        if (between && targets.size() >= 2 && sources.isEmpty()) {
          sources.add(targets.remove(0)); // "la coopération entre X et Y"
        }
        boolean mutual = verbal && targets.isEmpty() && sources.size() >= 2 && reciprocal(s, chunk, lex);
        if (targets.isEmpty() && sources.size() >= 2 && (rel.both() || mutual || "cooperatesWith".equals(rel.predicate()))) {
          for (int i = 0; i < sources.size(); i++) { // "X et Y ont signé un accord", "X and Y clashed"
            for (int j = i + 1; j < sources.size(); j++) {
              add(found, s, rule, rel, sources.get(i), sources.get(j), true); // "s'accusent mutuellement": both ways
            }
          }
          continue;
        }
        for (Actor a : sources) {
          for (Actor b : targets) {
            add(found, s, rule, rel, a, b, (between || together(targetsBy)) && fighting(code));
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * "les menaces que constituent la Russie et l'EI", "the threat posed by": a relative clause
   * after the noun whose verb (event.relative.verbs) has its subject after it: the noun's sources.
   */
  private static Frame invertedRelative(Parse parse, Sentence s, PhraseMatcher.Match<EventCue> m, Set<String> verbs,
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
  private static boolean attackObject(Sentence s, Parse parse, Frame f, Set<String> attacks) {
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
  private static Actor armedGroup(Document doc, int sentence) {
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
  private static List<Actor> facing(Parse parse, PhraseMatcher.Match<EventCue> m, Args args, Set<String> facing) {
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
  private static Frame governing(Parse parse, PhraseMatcher.Match<EventCue> m) {
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
  private static boolean fighting(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /** A cue whose target comes with "avec"/"with": both sides do it ("X s'affronte avec Y"). */
  private static boolean together(List<String> by) {
    return by.contains("avec") || by.contains("with");
  }

  private static Frame nounFrame(Parse parse, PhraseMatcher.Match<EventCue> m) {
    for (int t = m.first(); t < m.end(); t++) {
      Frame f = parse.frameAt(t);
      if (f != null && !f.verbal()) {
        return f;
      }
    }
    return null;
  }

  /** The cue that fits the chunk: a verb in a verb group (a pronominal one when it has "se"), else a noun. */
  private static EventCue choose(List<EventCue> cues, boolean verbal, boolean reflexive) {
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
  private static boolean embedded(Sentence s, Parse parse, Chunk verb, Set<String> embedding) {
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

  private static boolean reflexive(Sentence s, Chunk c, Lexicon lex) {
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
  private static boolean reciprocal(Sentence s, Chunk c, Lexicon lex) {
    if (reflexive(s, c, lex)) {
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

  private static boolean clitic(Sentence s, Chunk c, Set<String> clitics) {
    for (int t = c.first(); t < c.head(); t++) {
      if (clitics.contains(s.token(t).key()) && "PRON".equals(s.token(t).pos())) {
        return true;
      }
    }
    return false;
  }

  /** The targets a frame gives for the cue's prepositions; true when they are the two sides of "entre". */
  private static boolean collect(List<String> by, Frame f, Parse parse, PhraseMatcher.Match<EventCue> m, Args args,
      List<Actor> out, boolean verbal) {
    boolean between = false;
    for (String t : by) {
      if (t.equals("obj") || !verbal && (t.equals("de") || t.equals("of"))) {
        List<Phrase> obj = verbal && m.end() > f.end() ? parse.groupAfter(m.end() - 1) : f.objects();
        if (verbal && m.end() > f.end() && obj == null) {
          obj = List.of();
        }
        for (Phrase p : obj == null ? List.<Phrase>of() : obj) {
          out.addAll(args.of(p));
        }
        continue;
      }
      for (Frame.Oblique o : f.obliques()) {
        if (o.phrase().first() >= m.end() && o.preposition().equals(t)) {
          out.addAll(args.of(o.phrase()));
          between |= t.equals("entre") || t.equals("between");
        }
      }
    }
    return between;
  }

  /** The cue's target prepositions, or those of the CAMEO pattern that matched. */
  private static List<String> targetPrepositions(EventCue cue, Sentence s, Parse parse, PhraseMatcher.Match<EventCue> m) {
    CameoVerbs.CameoPattern p = CameoMatch.best(cue, s, parse, m);
    if (p != null && p.targetPreposition() != null) {
      return List.of(p.targetPreposition().equals("obj") ? "obj" : org.irkg.doc.Text.key(p.targetPreposition()));
    }
    return cue.targets();
  }

  private static void add(Map<String, Fact.Relation> found, Sentence s, String rule, CameoRelations.Relation rel,
      Actor a, Actor b, boolean together) {
    addOne(found, s, rule, rel.predicate(), a, b);
    if (rel.both() || together && !"cooperatesWith".equals(rel.predicate())) {
      addOne(found, s, rule, rel.predicate(), b, a);
    }
  }

  private static void addOne(Map<String, Fact.Relation> found, Sentence s, String rule, String p, Actor subj, Actor obj) {
    if (subj == null || obj == null || subj.iri().equals(obj.iri()) || obj.iri().equals(subj.state())
        || subj.iri().equals(obj.state()) || !subj.type().isActor() || !obj.type().isActor()) {
      return; // a person and their own state (or a body and its state) are one side
    }
    String key = p.equals("cooperatesWith") && found.containsKey(p + obj.iri() + subj.iri())
        ? p + obj.iri() + subj.iri() : p + subj.iri() + obj.iri();
    Fact.Relation old = found.get(key);
    List<Evidence> ev = new ArrayList<>();
    if (old != null) {
      ev.addAll(old.evidence());
      subj = old.subject();
      obj = old.object();
    }
    ev.add(Evidence.of(s, rule, 0.6));
    found.put(key, new Fact.Relation(subj, p, obj, ev));
  }

  /** The actors a phrase names, in one sentence. */
  static final class Args {
    private final Document doc;
    private final Sentence s;
    private final List<Mention> ms;
    private final Set<String> possessives;
    private final PhraseMatcher<String> pairs;
    private final Gazetteer gazetteer;

    Args(Document doc, Sentence s, List<Mention> ms, Lexicon lex, Gazetteer gazetteer) {
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
}
