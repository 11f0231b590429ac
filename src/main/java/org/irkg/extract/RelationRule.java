package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * subject before acts on the object after: "Trump a critiqué l'OTAN"), "passive" (the object
 * before, the agent after "par/by"), "noun-between" (both after: "la coopération entre l'UE et
 * l'OTAN"). A subject pronoun stands for the person the linker gave it. cooperatesWith is
 * symmetric: one triple per pair, in the order of the text.
 */
final class RelationRule implements FactRule {
  private static final int SUBJECT_WINDOW = 15;
  private static final int OBJECT_WINDOW = 6;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Relation> found = new LinkedHashMap<>();
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
        Actor subj = null;
        Actor obj = null;
        switch (cue.form()) {
          case "verb", "noun-of" -> {
            if (cue.form().equals("verb") && !verbal(s, c)) {
              continue; // "les menaces que constituent X": the noun, not the verb
            }
            subj = subjectBefore(s, actors, c.first());
            obj = firstAfter(actors, c.end(), OBJECT_WINDOW);
          }
          case "passive" -> {
            obj = subjectBefore(s, actors, c.first());
            Mention agent = firstMentionAfter(actors, c.end(), OBJECT_WINDOW);
            if (agent != null && agent.first() > 0 && s.token(agent.first() - 1).isAdposition()
                || agent != null && agent.first() > 1 && s.token(agent.first() - 2).isAdposition()) {
              subj = agent.actor();
            }
          }
          case "noun-between" -> {
            Mention a = firstMentionAfter(actors, c.end(), OBJECT_WINDOW);
            if (a != null) {
              subj = a.actor();
              Mention b = firstMentionAfter(actors, a.end(), 4);
              obj = b == null ? null : b.actor();
            }
          }
          default -> { }
        }
        if (subj == null || obj == null || subj.iri().equals(obj.iri())) {
          continue;
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
    }
    return new ArrayList<>(found.values());
  }

  /** Whether the tagger read a word of the cue as a verb (or a participle). */
  private static boolean verbal(Sentence s, PhraseMatcher.Match<Lexicon.RelationCue> c) {
    for (int i = c.first(); i < c.end(); i++) {
      String pos = s.token(i).pos();
      if ("VERB".equals(pos) || "AUX".equals(pos)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest actor before the cue that is not the complement of a preposition. */
  private static Actor subjectBefore(Sentence s, List<Mention> actors, int cue) {
    for (int i = actors.size() - 1; i >= 0; i--) {
      Mention m = actors.get(i);
      if (m.end() <= cue && cue - m.end() <= SUBJECT_WINDOW && !Sentences.afterAdposition(s, m)) {
        return m.actor();
      }
    }
    return null;
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
