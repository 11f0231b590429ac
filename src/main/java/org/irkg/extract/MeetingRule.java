package org.irkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.irkg.doc.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irkg.doc.Actor;
import org.irkg.doc.DateValue;
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
 * Meetings from trigger words (meeting-triggers.tsv): the actors of the sentence take part, a
 * place named after a locative (or a place adjective: "siège bruxellois") is where, and a date of
 * the sentence is when. An article usually reports one meeting in many sentences ("la réunion",
 * "cette réunion"), so a trigger joins the last meeting whose place and date do not contradict
 * its own; a "presence" cue ("en présence de") only adds participants to a meeting. Without a
 * date of its own, a meeting is dated by the article. A meeting noun after a word of wish, request or
 * idea ("l'idée d'une rencontre", "sought a visit") tells none.
 */
final class MeetingRule implements FactRule {

  /** A meeting being assembled over the article. */
  private static final class Draft {
    final Map<String, Actor> participants = new LinkedHashMap<>();
    final Set<String> nouns = new HashSet<>();
    Actor place;
    DateValue date;
    final List<Evidence> evidence = new ArrayList<>();
  }

  private static final int NEAR_DATE = 10;
  private static final int NEAR_PLACE = 16;
  private static final int VERB_REACH = 5;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Set<String> anaphoric = lex.keys("anaphoric.determiners");
    Set<String> definite = lex.keys("definite.determiners");
    Set<String> agents = lex.keys("agent.prepositions");
    Set<String> since = lex.keys("since.words");
    Set<String> relatives = lex.keys("relative.pronouns");
    Set<String> modal = lex.keys("meeting.modal.words");
    Set<String> objectVerbs = lex.keys("meeting.guest.verbs");
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = doc.linksIn(s.index());
      for (PhraseMatcher.Match<String> t : lex.meetingTriggers().findAll(s, null)) {
        List<Actor> who = participants(doc, s, ms, t, lex, relatives);
        String k = t.values().get(0);
        if (!k.equals("noun") && !k.equals("verb") && !k.equals("presence")) {
          continue;
        }
        if (k.equals("verb") && (!actorNear(s, ms, t) || passive(s, t, agents))) {
          continue; // "bien accueilli", "met expectations": a meeting verb meets someone
        }
        if (k.equals("verb") && objectVerbs.contains(Text.key(s.span(t.first(), t.end()))) && thingObject(doc, s, ms, t, lex)) {
          continue; // "a reçu le soutien du Koweït", "received the backing of": a thing received, no guest
        }
        boolean presence = k.equals("presence");
        Mention place = nearest(s, ms, t, true, g, since);
        Mention date = nearest(s, ms, t, false, g, since);
        String noun = Text.key(s.span(t.first(), t.end()));
        String det = k.equals("noun") ? determiner(s, t.first()) : null;
        if (k.equals("noun") && wished(s, t.first(), modal)) {
          continue; // "l'idée d'une rencontre", "a sollicité la visite de": not held
        }
        Draft d = null;
        boolean backReference = false;
        if (det != null && (anaphoric.contains(det) || definite.contains(det))) {
          // "cette réunion" goes back to the last meeting called a "réunion", else (a
          // demonstrative or possessive only) to the last meeting told
          for (int i = drafts.size() - 1; i >= 0 && d == null; i--) {
            if (drafts.get(i).nouns.contains(noun)) {
              d = drafts.get(i);
            }
          }
          if (d == null && anaphoric.contains(det) && !drafts.isEmpty()) {
            d = drafts.get(drafts.size() - 1);
          }
          backReference = d != null;
        }
        for (int i = drafts.size() - 1; i >= 0 && d == null; i--) {
          Draft c = drafts.get(i);
          boolean placeOk = place == null || c.place == null || c.place.iri().equals(place.actor().iri());
          // consecutive days are one visit or one summit ("arrivé jeudi", "ont signé vendredi")
          boolean dateOk = date == null || c.date == null || c.date.compatible(date.date()) || c.date.withinADay(date.date());
          // a trigger with its own participants, none of them the draft's, is another meeting
          // ("Merkel went to Washington to meet Trump" ... "talks between Israel and the
          // Palestinians resumed in Washington")
          boolean peopleOk = who.isEmpty() || c.participants.isEmpty()
              || who.stream().anyMatch(a -> c.participants.containsKey(a.iri()));
          if (placeOk && dateOk && peopleOk) {
            d = c;
          }
        }
        if (d == null) {
          if (presence || who.isEmpty()) {
            continue;
          }
          d = new Draft();
          drafts.add(d);
        }
        if (!backReference || d.place == null) {
          if (d.place == null && place != null) {
            d.place = place.actor();
          }
          if (date != null && (d.date == null || date.date().day() > 0 && d.date.day() == 0)) {
            d.date = date.date();
          }
        }
        for (Actor a : who) {
          d.participants.putIfAbsent(a.iri(), a);
        }
        if (k.equals("noun")) {
          d.nouns.add(noun);
        }
        String rule = presence ? "presence" : backReference ? "reference" : k;
        if (d.evidence.stream().noneMatch(e -> e.sentence() == s.index())) {
          d.evidence.add(Evidence.of(s, "meeting-" + doc.lang() + "-" + rule, presence ? 0.5 : 0.7));
        }
      }
    }
    List<Fact> out = new ArrayList<>();
    DateValue lead = leadDate(doc);
    for (Draft d : drafts) {
      if (d == drafts.get(0) && lead != null && (d.date == null || d.date.day() == 0 && d.date.compatible(lead))) {
        d.date = lead; // the first meeting told is the lead's event: "formally admitted Laos ... on Wednesday"
      }
      if (d.participants.isEmpty() || d.participants.size() == 1
          && !d.participants.values().iterator().next().type().isOrganization()) {
        continue; // one state or person alone meets no one; an organisation alone holds a summit
      }
      DateValue date = d.date;
      if (date == null && doc.article().date() != null) {
        date = DateValue.of(doc.article().date());
      }
      out.add(new Fact.Meeting(new ArrayList<>(d.participants.values()), d.place, date, null, d.evidence));
    }
    return out;
  }

  /**
   * An actor named just after a meeting verb, in the same clause ("met with X", "a reçu X"):
   * "reçoit la Défense, Kostas ..." is no meeting.
   */
  /**
   * The verb's object is a thing given, not a guest: its head is a noun of support or aid in the
   * event lexicon ("le soutien", "the backing", "aid"), so "a reçu le soutien du Koweït" meets no one.
   */
  private static boolean thingObject(Document doc, Sentence s, List<Mention> ms, PhraseMatcher.Match<String> t,
      Lexicon lex) {
    org.irkg.doc.Parse parse = doc.parse(s.index());
    org.irkg.doc.Chunk chunk = parse == null ? null : parse.chunkAt(t.first());
    org.irkg.doc.Frame f = chunk == null ? null : parse.frameAt(chunk.head());
    if (f == null || f.objects().isEmpty()) {
      return false;
    }
    org.irkg.doc.Phrase o = f.objects().get(0);
    for (PhraseMatcher.Match<String> n : lex.meetingTriggers().findAll(s, null)) {
      if (n.first() >= o.first() && n.first() < o.lastEnd() && !n.values().get(0).equals("verb")) {
        return false; // "hosted talks", "a accueilli une réunion": the object is the meeting
      }
    }
    for (var cue : lex.events().findAll(s, null)) {
      // support and aid (CAMEO 05, 07) received: "le soutien", "the backing", "aid"
      if (cue.first() <= o.head() && o.head() < cue.end()
          && cue.values().stream().anyMatch(c -> c.code().startsWith("05") || c.code().startsWith("07"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean actorNear(Sentence s, List<Mention> ms, PhraseMatcher.Match<String> t) {
    for (Mention m : ms) {
      // "met with X", or "se sont réunis à Addis-Abeba": someone, or somewhere, just after the verb
      if ((m.refersToActor() || m.refersToPlace()) && m.first() >= t.end() && m.first() - t.end() <= VERB_REACH) {
        for (int k = t.end(); k < m.first(); k++) {
          if (s.token(k).isPunct()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Who takes part: the actors of the sentence ("en présence de responsables afghans": Afghanistan
   * takes part), but those of a clause set between commas that the trigger is not in ("Les deux
   * pays, qui sont membres, avec le Mali et la Guinée, de l'OMVS, ont convenu de réunir ..."); "the
   * two countries" are the last two states named.
   */
  private static List<Actor> participants(Document doc, Sentence s, List<Mention> ms, PhraseMatcher.Match<String> t,
      Lexicon lex, Set<String> relatives) {
    List<Actor> who = new ArrayList<>();
    int[] clause = Sentences.relativeClause(s, relatives, t.first());
    for (Mention m : ms) {
      if (m.refersToActor() && !(clause != null && m.first() >= clause[0] && m.end() <= clause[1])) {
        who.add(m.actor());
      }
    }
    for (PhraseMatcher.Match<String> p : lex.pairPhrases().findAll(s, null)) {
      if (p.end() <= t.first()) {
        for (Actor a : Sentences.lastTwoStates(doc, s.index(), p.first())) {
          who.add(a);
        }
      }
    }
    return who;
  }

  /** "avait été signé par le gouvernement": a passive verb names who did it, not a meeting. */
  private static boolean passive(Sentence s, PhraseMatcher.Match<String> t, Set<String> agents) {
    boolean auxBefore = t.first() > 0 && "AUX".equals(s.token(t.first() - 1).pos());
    return auxBefore && t.end() < s.size() && agents.contains(s.token(t.end()).key());
  }

  /** The first day-precise date of the article's first two sentences (the title and the lead), or null. */
  private static DateValue leadDate(Document doc) {
    for (Mention m : doc.links()) {
      if (m.sentence() > 1) {
        break;
      }
      if (m.kind() == MentionKind.DATE && m.date().day() > 0) {
        return m.date();
      }
    }
    return null;
  }

  /** A word of wish, request or idea just before a meeting noun ("l'idée d'une rencontre", "sought a visit"). */
  private static boolean wished(Sentence s, int trigger, Set<String> modal) {
    for (int i = Math.max(0, trigger - 5); i < trigger; i++) {
      if (modal.contains(s.token(i).key())) {
        return true;
      }
    }
    return false;
  }

  /** The determiner before a meeting noun (past adjectives: "sa dernière réunion"), folded, or null. */
  private static String determiner(Sentence s, int trigger) {
    int i = trigger - 1;
    while (i >= 0 && "ADJ".equals(s.token(i).pos())) {
      i--;
    }
    return i >= 0 ? s.token(i).key() : null;
  }

  /** The place (after a locative, or a place adjective) or date nearest the trigger, within reach. */
  private static Mention nearest(Sentence s, List<Mention> ms, PhraseMatcher.Match<String> t, boolean place,
      Gazetteer g, Set<String> since) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : ms) {
      boolean fits = place ? m.refersToPlace() : m.kind() == MentionKind.DATE;
      if (!fits || !place && m.first() > 0 && since.contains(s.token(m.first() - 1).key())) {
        continue; // "mediated the talks since 1999": when something began, not when they met
      }
      int dist = m.first() >= t.end() ? m.first() - t.end() : t.first() - m.end() + 1;
      if (place && g.isTerritory(m.actor())) {
        dist += 8; // "ambassador to China ... in Beijing": a city says where better than a country
      }
      if (dist <= (place ? NEAR_PLACE : NEAR_DATE) && dist < bestDist) {
        best = m;
        bestDist = dist;
      }
    }
    return best;
  }
}
