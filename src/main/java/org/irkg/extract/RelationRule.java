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
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Relations between actors from cue words (relation-cues.tsv), by the cue's form: "verb" (the
 * subject before, and those joined to it by a conjunction, act on the object after: "Trump a
 * critiqué l'OTAN", "la Russie et la Chine ont bloqué ..."), "noun-of" (the same with a noun:
 * "aid to China"), "passive" (the object before, the agent after the cue's "par/by"),
 * "noun-between" (both after "entre/between": "la coopération entre l'UE et l'OTAN", or "the two
 * countries" for the last two states named; else a pair joined before the noun), "noun-by" (the
 * threat named before its sources: "les menaces que constituent la Russie et l'EI"). A subject
 * pronoun stands for the person the linker gave it. cooperatesWith is symmetric: one triple per
 * pair, in the order of the text.
 */
final class RelationRule implements FactRule {
  private static final int SUBJECT_WINDOW = 15;
  private static final int OBJECT_WINDOW = 6;
  private static final int SOURCE_WINDOW = 20;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Relation> found = new LinkedHashMap<>();
    Set<String> between = lex.keys("between.prepositions");
    PhraseMatcher<String> pairs = lex.pairPhrases();
    Set<String> before = lex.keys("object.pronouns.before");
    Set<String> after = lex.keys("object.pronouns.after");
    Set<String> attacks = lex.keys("attack.nouns");
    for (Sentence s : doc.sentences()) {
      List<PhraseMatcher.Match<Lexicon.RelationCue>> cues = lex.relationCues().findAll(s, null);
      if (cues.isEmpty()) {
        continue;
      }
      List<Mention> actors = new ArrayList<>();
      for (Mention m : doc.linksIn(s.index())) {
        if (m.refersToActor() && m.kind() != MentionKind.DEMONYM) {
          actors.add(m);
        }
      }
      for (PhraseMatcher.Match<Lexicon.RelationCue> c : cues) {
        Lexicon.RelationCue cue = c.values().get(0);
        List<Actor> subjects = new ArrayList<>();
        Actor subj = null;
        Actor obj = null;
        switch (cue.form()) {
          case "verb", "noun-of" -> {
            if (cue.form().equals("verb") && !verbal(s, c)) {
              continue; // "les menaces que constituent X": the noun, not the verb
            }
            subjects = subjectsBefore(s, actors, c.first());
            obj = firstAfter(actors, c.end(), OBJECT_WINDOW);
            if (pronounObject(s, c, before, after)) {
              // "Ankara lui reproche ...", "criticized him": the one named before the subject
              obj = previousActor(doc, s, subjects.isEmpty() ? c.first() : firstOf(s, actors, subjects), subjects);
            }
            if (obj == null && attackAfter(s, c.end(), attacks)) {
              obj = armedGroup(doc, s.index()); // "Paris a condamné cet attentat": the group that did it
            }
          }
          case "passive" -> {
            obj = subjectBefore(s, actors, c.first());
            Mention agent = firstMentionAfter(actors, c.end(), OBJECT_WINDOW);
            if (agent != null) {
              subj = agent.actor(); // the cue ends with "par/by": the next actor is the agent
            }
          }
          case "noun-between" -> {
            int b = c.end();
            while (b < s.size() && b < c.end() + 3 && !between.contains(s.token(b).key())) {
              b++;
            }
            if (b >= s.size() || b >= c.end() + 3) {
              // "Brazil and South Korea discussed cooperation agreements": the pair before the noun
              List<Actor> pair = subjectsBefore(s, actors, c.first());
              if (pair.size() >= 2) {
                add(found, doc, s, cue, pair.get(1), pair.get(0));
              }
              continue; // "the alliance's summit": otherwise a relation noun needs "between"
            }
            PhraseMatcher.Match<String> pair = pairs.longestAt(s, new PhraseMatcher.Words(s), b + 1, null);
            if (pair != null) {
              Actor[] two = Sentences.lastTwoStates(doc, s.index());
              subj = two.length == 2 ? two[0] : null;
              obj = two.length == 2 ? two[1] : null;
            } else {
              Mention a = firstMentionAfter(actors, b + 1, 3);
              if (a != null) {
                subj = a.actor();
                Mention o = firstMentionAfter(actors, a.end(), 3);
                obj = o == null ? null : o.actor();
              }
            }
          }
          case "noun-by" -> {
            // "face aux menaces que constituent la Russie ... et l'organisation État islamique"
            obj = lastBefore(actors, c.first());
            for (Mention m : actors) {
              if (m.first() >= c.end() && m.first() - c.end() <= SOURCE_WINDOW
                  && !Sentences.afterAdposition(s, m)) {
                add(found, doc, s, cue, m.actor(), obj);
              }
            }
            continue;
          }
          default -> { }
        }
        if (subj != null) {
          subjects = List.of(subj);
        }
        for (Actor sub : subjects) {
          add(found, doc, s, cue, sub, obj);
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Adds a relation, merging its evidence with the same triple (either way round if symmetric). */
  private static void add(Map<String, Fact.Relation> found, Document doc, Sentence s,
      Lexicon.RelationCue cue, Actor subj, Actor obj) {
    if (subj == null || obj == null || subj.iri().equals(obj.iri()) || obj.iri().equals(subj.state())
        || subj.iri().equals(obj.state())) {
      return; // a person and their own state (or a body and its state) are one side
    }
    String p = cue.predicate();
    String key = p.equals("cooperatesWith") && found.containsKey(p + obj.iri() + subj.iri())
        ? p + obj.iri() + subj.iri() : p + subj.iri() + obj.iri();
    Fact.Relation old = found.get(key);
    List<Evidence> ev = new ArrayList<>();
    if (old != null) {
      ev.addAll(old.evidence());
      subj = old.subject();
      obj = old.object();
    }
    ev.add(Evidence.of(s, "relation-" + doc.lang() + "-" + p + "-" + cue.form(), 0.6));
    found.put(key, new Fact.Relation(subj, p, obj, ev));
  }

  /** The subject before a cue, and those joined to it ("la Russie et la Chine ont bloqué"). */
  private static List<Actor> subjectsBefore(Sentence s, List<Mention> actors, int cue) {
    List<Actor> out = new ArrayList<>();
    Mention m = subjectMentionBefore(s, actors, cue);
    while (m != null) {
      out.add(m.actor());
      int k = m.first() - 1;
      while (k >= 0 && s.token(k).isDeterminer()) {
        k--;
      }
      if (k < 0 || !"CCONJ".equals(s.token(k).pos())) {
        break;
      }
      Mention prev = null;
      for (Mention x : actors) {
        if (x.end() <= k && k - x.end() <= 1) {
          prev = x;
        }
      }
      m = prev;
    }
    return out;
  }

  /**
   * Whether the cue is used as a verb: the tagger says so, or it follows a name or a pronoun
   * ("Brazil supports Korea", where "supports" may be tagged a noun) rather than a determiner or a
   * preposition ("face aux menaces que ...").
   */
  private static boolean verbal(Sentence s, PhraseMatcher.Match<Lexicon.RelationCue> c) {
    for (int i = c.first(); i < c.end(); i++) {
      String pos = s.token(i).pos();
      if ("VERB".equals(pos) || "AUX".equals(pos)) {
        return true;
      }
    }
    if (c.first() == 0) {
      return false;
    }
    String before = s.token(c.first() - 1).pos();
    return "PROPN".equals(before) || "PRON".equals(before);
  }

  /**
   * The nearest actor before the cue that is not the complement of a preposition; of two names
   * ending together, the longer ("le Conseil de sécurité des Nations unies", not "Nations unies").
   */
  private static Mention subjectMentionBefore(Sentence s, List<Mention> actors, int cue) {
    Mention best = null;
    for (Mention m : actors) {
      if (m.end() <= cue && cue - m.end() <= SUBJECT_WINDOW && !Sentences.afterAdposition(s, m)
          && (best == null || m.end() > best.end() || m.end() == best.end() && m.first() < best.first())) {
        best = m;
      }
    }
    if (best != null) {
      for (Mention m : actors) {
        if (m.first() < best.first() && m.end() >= best.end()) {
          best = m; // a name inside a longer one: the longer one acts
        }
      }
    }
    return best;
  }

  /** An object pronoun just before the cue (French clitic) or just after it (English). */
  private static boolean pronounObject(Sentence s, PhraseMatcher.Match<Lexicon.RelationCue> c, Set<String> before,
      Set<String> after) {
    return c.first() > 0 && before.contains(s.token(c.first() - 1).key())
        && "PRON".equals(s.token(c.first() - 1).pos())
        || c.end() < s.size() && after.contains(s.token(c.end()).key());
  }

  /** Where the first subject is named in the sentence. */
  private static int firstOf(Sentence s, List<Mention> actors, List<Actor> subjects) {
    for (Mention m : actors) {
      if (m.actor().iri().equals(subjects.get(subjects.size() - 1).iri())) {
        return m.first();
      }
    }
    return 0;
  }

  /** The last state or person named before a point, in this sentence or the one before, not a subject. */
  private static Actor previousActor(Document doc, Sentence s, int token, List<Actor> subjects) {
    Actor found = null;
    for (Mention m : doc.links()) {
      boolean before = m.sentence() == s.index() - 1 || m.sentence() == s.index() && m.end() <= token;
      if (before && m.refersToActor() && (Sentences.isState(m) || Sentences.isPerson(m))
          && subjects.stream().noneMatch(a -> a.iri().equals(m.actor().iri()))) {
        found = m.actor();
      }
    }
    return found;
  }

  /** An attack noun right after the cue ("condemned the raid", "a condamné cet attentat"). */
  private static boolean attackAfter(Sentence s, int from, Set<String> attacks) {
    for (int k = from; k < s.size() && k < from + 10; k++) {
      if (attacks.contains(s.token(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** The armed group the article names, the last one before this sentence or else the first one after. */
  private static Actor armedGroup(Document doc, int sentence) {
    Actor before = null;
    Actor after = null;
    for (Mention m : doc.links()) {
      if (m.refersToActor() && m.actor().type() == org.irkg.doc.ActorType.ARMED_GROUP) {
        if (m.sentence() <= sentence) {
          before = m.actor();
        } else if (after == null) {
          after = m.actor();
        }
      }
    }
    return before != null ? before : after;
  }

  private static Actor subjectBefore(Sentence s, List<Mention> actors, int cue) {
    Mention m = subjectMentionBefore(s, actors, cue);
    return m == null ? null : m.actor();
  }

  private static Actor lastBefore(List<Mention> actors, int cue) {
    Actor last = null;
    for (Mention m : actors) {
      if (m.end() <= cue && cue - m.end() <= SUBJECT_WINDOW) {
        last = m.actor();
      }
    }
    return last;
  }

  private static Actor firstAfter(List<Mention> actors, int from, int window) {
    Mention m = firstMentionAfter(actors, from, window);
    return m == null ? null : m.actor();
  }

  private static Mention firstMentionAfter(List<Mention> actors, int from, int window) {
    for (Mention m : actors) {
      if (m.first() >= from && m.first() - from <= window) {
        return m;
      }
    }
    return null;
  }
}
