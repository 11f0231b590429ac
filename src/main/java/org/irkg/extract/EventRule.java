package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.Chunk;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Frame;
import org.irkg.doc.Mention;
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
 * (irkg/cameo/relations.tsv); every code, relation or not, is also a coded event ({@link CodedEvents}).
 * A negated verb states nothing.
 */
final class EventRule implements FactRule {
  private final CameoRelations relations;

  EventRule(CameoRelations relations) {
    this.relations = relations;
  }

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Relation> found = new LinkedHashMap<>();
    CodedEvents events = new CodedEvents();
    Set<String> cliticObjects = lex.keys("object.pronouns.before");
    Set<String> possessives = lex.keys("possessive.determiners");
    Set<String> embedding = lex.keys("event.embedding.verbs");
    Set<String> relativeVerbs = lex.keys("event.relative.verbs");
    Set<String> objectRelatives = lex.keys("object.relative.pronouns");
    Set<String> attacks = lex.keys("attack.nouns");
    Set<String> facing = lex.keys("facing.prepositions");
    Set<String> fallbackTargets = lex.keys("event.fallback.target.prepositions");
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
      EventArgs args = new EventArgs(doc, s, ms, lex, g);
      for (PhraseMatcher.Match<EventCue> m : matches) {
        Chunk chunk = parse.chunkAt(m.first());
        if (chunk == null) {
          continue;
        }
        boolean verbal = chunk.kind() == Chunk.Kind.VERB;
        if (!verbal && (chunk.kind() != Chunk.Kind.NP || treatyWords.get(m.first(), m.end()).cardinality() > 0)) {
          continue;
        }
        EventCue cue = EventSyntax.choose(m.values(), verbal, EventSyntax.reflexive(s, chunk, lex));
        if (cue == null) {
          continue;
        }
        Frame f = verbal ? parse.frameAt(chunk.head()) : EventSyntax.nounFrame(parse, m);
        if (f == null || f.negated() || verbal && EventSyntax.embedded(s, parse, chunk, embedding)) {
          continue; // "accusé les États-Unis de vouloir défendre l'EI": a claim, not a fact
        }
        CameoVerbs.CameoPattern pattern = CameoMatch.best(cue, s, parse, m);
        String code = pattern != null ? pattern.code() : cue.code();
        CameoRelations.Relation rel = relations.of(code);
        boolean relates = rel.predicate() != null; // every code is an event; some also state a relation
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
            if (targets.isEmpty() && targetsBy.equals(List.of("obj"))) {
              for (Frame.Oblique o : f.obliques()) { // "restored full diplomatic ties with Gondor"
                if (o.phrase().first() >= m.end() && fallbackTargets.contains(o.preposition())) {
                  targets.addAll(args.of(o.phrase()));
                }
              }
            }
            if (targets.isEmpty() && targetsBy.contains("obj") && EventSyntax.attackObject(s, parse, f, attacks)) {
              Actor group = EventSyntax.armedGroup(doc, s.index()); // "Paris a condamné cet attentat": the group behind it
              if (group != null) {
                targets.add(group);
              }
            }
            if (targets.isEmpty() && targetsBy.contains("obj") && EventSyntax.clitic(s, chunk, cliticObjects)) {
              Actor prev = args.previous(chunk.first(), sources);
              if (prev != null) {
                targets.add(prev); // "Ankara lui reproche ...": the one named before
              }
            }
          }
        } else {
          Frame gov = EventSyntax.governing(parse, m);
          if (gov != null && EventSyntax.embedded(s, parse, parse.chunkAt(gov.first()), embedding)) {
            continue; // "souhaite maintenir des sanctions": a wish, not a fact
          }
          f.subjects().forEach(p -> sources.addAll(args.of(p)));
          sources.addAll(args.demonymsIn(chunk));
          if (!targetsBy.contains("de") && !targetsBy.contains("of")) {
            f.objects().forEach(p -> sources.addAll(args.of(p))); // "les menaces de Moscou contre Kiev"
          }
          f.agents().forEach(p -> sources.addAll(args.of(p)));
          between = collect(targetsBy, f, parse, m, args, targets, false);
          Frame rel2 = EventSyntax.invertedRelative(parse, s, m, relativeVerbs, objectRelatives);
          if (rel2 != null) {
            rel2.subjects().forEach(p -> sources.addAll(args.of(p))); // "les menaces que constituent la Russie et l'EI"
          }
          if (targets.isEmpty()) {
            targets.addAll(EventSyntax.facing(parse, m, args, facing)); // "la coopération avec l'OTAN face aux menaces de X"
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
        boolean mutual = verbal && targets.isEmpty() && sources.size() >= 2 && EventSyntax.reciprocal(s, chunk, lex, cue.reflexive());
        org.irkg.doc.DateValue date = CodedEvents.dateOf(doc, s, ms, m.first());
        if (targets.isEmpty() && sources.size() >= 2
            && (rel.both() || mutual || "cooperatesWith".equals(rel.predicate()) || !relates && code.startsWith("04"))) {
          for (int i = 0; i < sources.size(); i++) { // "X et Y ont signé un accord", "X and Y clashed", "X and Y met"
            for (int j = i + 1; j < sources.size(); j++) {
              if (relates) {
                add(found, s, rule, rel, sources.get(i), sources.get(j), true); // "s'accusent mutuellement": both ways
              }
              events.add(s, rule, code, sources.get(i), sources.get(j), date, null, 0.6);
              if (rel.both() || mutual) {
                events.add(s, rule, code, sources.get(j), sources.get(i), date, null, 0.6);
              }
            }
          }
          continue;
        }
        boolean together = (between || EventSyntax.together(targetsBy)) && EventSyntax.fighting(code);
        for (Actor a : sources) {
          for (Actor b : targets) {
            if (relates) {
              add(found, s, rule, rel, a, b, together);
            }
            events.add(s, rule, code, a, b, date, null, 0.6);
            if (rel.both() || together) {
              events.add(s, rule, code, b, a, date, null, 0.6);
            }
          }
        }
      }
    }
    List<Fact> out = new ArrayList<>(found.values());
    out.addAll(events.events());
    return out;
  }

  /** The targets a frame gives for the cue's prepositions; true when they are the two sides of "entre". */
  private static boolean collect(List<String> by, Frame f, Parse parse, PhraseMatcher.Match<EventCue> m, EventArgs args,
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
}
