package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.ActorType;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;

/** Small queries over one sentence and its linked mentions, shared by the fact rules. */
final class Sentences {
  private Sentences() {}

  static List<Mention> actors(List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.refersToActor()) {
        out.add(m);
      }
    }
    return out;
  }

  static boolean isPerson(Mention m) {
    return m.refersToActor() && m.actor().type() == ActorType.PERSON;
  }

  static boolean isState(Mention m) {
    return m.refersToActor() && m.actor().type() == ActorType.STATE;
  }

  static boolean isOrg(Mention m) {
    return m.refersToActor() && m.actor().type().isOrganization();
  }

  static List<Mention> ofKind(List<Mention> ms, MentionKind k) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind() == k) {
        out.add(m);
      }
    }
    return out;
  }

  /** The mention starting at token i, or null. */
  static Mention startingAt(List<Mention> ms, int i) {
    for (Mention m : ms) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  /** The mention ending just before token i, or null. */
  static Mention endingAt(List<Mention> ms, int i) {
    for (Mention m : ms) {
      if (m.end() == i) {
        return m;
      }
    }
    return null;
  }

  /** Whether the token before a mention (past determiners) is a preposition: then it is no subject. */
  static boolean afterAdposition(Sentence s, Mention m) {
    int i = m.first() - 1;
    while (i >= 0 && (s.token(i).isDeterminer() || s.token(i).text().equals("'"))) {
      i--;
    }
    return i >= 0 && s.token(i).isAdposition();
  }

  /** The state the article names most (names and demonyms; the title's count four times), first named on ties; or null. */
  static org.irkg.doc.Actor mainState(org.irkg.doc.Document doc) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    java.util.Map<String, org.irkg.doc.Actor> byIri = new java.util.LinkedHashMap<>();
    int title = doc.article().title() == null || doc.article().title().isBlank() ? -1 : 0;
    for (Mention m : doc.links()) {
      if (isState(m)) {
        // the title's states say what the article is about: "Pologne : le Premier ministre ..."
        count.merge(m.actor().iri(), m.sentence() == title ? 4 : 1, Integer::sum);
        byIri.putIfAbsent(m.actor().iri(), m.actor());
      }
    }
    org.irkg.doc.Actor best = null;
    for (org.irkg.doc.Actor a : byIri.values()) {
      if (best == null || count.get(a.iri()) > count.get(best.iri())) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The last two different states named up to this sentence (names or demonyms: "the Brazilian
   * and Vietnamese Presidents"), in the order their names first appear in the article; an empty
   * array when there are fewer than two.
   */
  static org.irkg.doc.Actor[] lastTwoStates(org.irkg.doc.Document doc, int sentence) {
    return lastTwoStates(doc, sentence, Integer.MAX_VALUE);
  }

  /** The same, counting in the sentence itself only the names that end before token {@code before}. */
  static org.irkg.doc.Actor[] lastTwoStates(org.irkg.doc.Document doc, int sentence, int before) {
    List<org.irkg.doc.Actor> seen = new ArrayList<>();
    for (Mention m : doc.links()) {
      if ((m.sentence() < sentence || m.sentence() == sentence && m.end() <= before) && isState(m)) {
        seen.removeIf(a -> a.iri().equals(m.actor().iri()));
        seen.add(m.actor());
      }
    }
    if (seen.size() < 2) {
      return new org.irkg.doc.Actor[0];
    }
    org.irkg.doc.Actor a = seen.get(seen.size() - 2);
    org.irkg.doc.Actor b = seen.get(seen.size() - 1);
    return firstNamed(doc, b, a) ? new org.irkg.doc.Actor[] {b, a} : new org.irkg.doc.Actor[] {a, b};
  }

  /**
   * The span [first, end) of a clause set between commas and opened by a relative pronoun ("Les
   * deux pays, qui sont membres, avec le Mali et la Guinée, de l'OMVS, ont ...") that does not
   * hold token {@code not}; null when there is none. It runs to the comma before the next verb
   * outside it, or to the next comma.
   */
  static int[] relativeClause(Sentence s, java.util.Set<String> relatives, int not) {
    for (int k = 0; k + 1 < s.size(); k++) {
      if (!opensRelative(s, k, relatives)) {
        continue;
      }
      int end = k + 2;
      while (end < s.size() && !s.token(end).text().equals(",")) {
        end++;
      }
      // "qui sont membres, avec le Mali et la Guinée, de l'OMVS," : commas inside, up to the last before a verb
      int next = end;
      for (int j = end + 1; j < s.size(); j++) {
        if (s.token(j).isVerb() || "AUX".equals(s.token(j).pos())) {
          break;
        }
        if (s.token(j).text().equals(",")) {
          next = j;
        }
      }
      end = next;
      if (not < k || not >= end) {
        return new int[] {k, end};
      }
      k = end;
    }
    return null;
  }

  /** A comma and a relative pronoun at {@code k}: a clause about the name before it. */
  static boolean opensRelative(Sentence s, int k, java.util.Set<String> relatives) {
    return k >= 0 && k + 1 < s.size() && s.token(k).text().equals(",") && relatives.contains(s.token(k + 1).key());
  }

  /** Whether x is named (by its name, not a demonym) before y in the article. */
  private static boolean firstNamed(org.irkg.doc.Document doc, org.irkg.doc.Actor x, org.irkg.doc.Actor y) {
    for (Mention m : doc.links()) {
      if (m.kind() == MentionKind.NAME && m.actor() != null) {
        if (m.actor().iri().equals(x.iri())) {
          return true;
        }
        if (m.actor().iri().equals(y.iri())) {
          return false;
        }
      }
    }
    return false;
  }

  /** "Non-EU Norway", "les pays non-UE": a "non" just before the organisation's name. */
  static boolean nonBefore(Sentence s, int token) {
    for (int t = Math.max(0, token - 2); t < Math.min(token, s.size()); t++) {
      String x = s.token(t).key();
      if (x.equals("non") || x.equals("non-")) {
        return true;
      }
    }
    return false;
  }
}
