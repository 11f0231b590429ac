package org.irkg.extract;

import java.util.ArrayList;
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
 * date of its own, a meeting is dated by the article.
 */
final class MeetingRule implements FactRule {

  /** A meeting being assembled over the article. */
  private static final class Draft {
    final Map<String, Actor> participants = new LinkedHashMap<>();
    Actor place;
    DateValue date;
    final List<Evidence> evidence = new ArrayList<>();
  }

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<PhraseMatcher.Match<String>> triggers = lex.meetingTriggers().findAll(s, null);
      String kind = null;
      for (PhraseMatcher.Match<String> t : triggers) {
        String k = t.values().get(0);
        if (k.equals("noun") || k.equals("verb")) {
          kind = "meeting";
        } else if (k.equals("presence") && kind == null) {
          kind = "presence";
        }
      }
      if (kind == null) {
        continue;
      }
      List<Mention> ms = doc.linksIn(s.index());
      Actor place = null;
      DateValue date = null;
      List<Actor> who = new ArrayList<>();
      for (Mention m : ms) {
        if (m.refersToPlace() && place == null) {
          place = m.actor();
        } else if (m.kind() == MentionKind.DATE && date == null) {
          date = m.date();
        } else if (m.refersToActor() && m.kind() != MentionKind.DEMONYM) {
          who.add(m.actor());
        }
      }
      Draft d = null;
      for (int i = drafts.size() - 1; i >= 0 && d == null; i--) {
        Draft c = drafts.get(i);
        boolean placeOk = place == null || c.place == null || c.place.iri().equals(place.iri());
        boolean dateOk = date == null || c.date == null || c.date.compatible(date);
        if (placeOk && dateOk) {
          d = c;
        }
      }
      if (d == null) {
        if (kind.equals("presence") || who.isEmpty()) {
          continue;
        }
        d = new Draft();
        drafts.add(d);
      }
      if (d.place == null) {
        d.place = place;
      }
      if (d.date == null || date != null && date.day() > 0 && d.date.day() == 0) {
        d.date = date != null ? date : d.date;
      }
      for (Actor a : who) {
        d.participants.putIfAbsent(a.iri(), a);
      }
      d.evidence.add(Evidence.of(s, "meeting-" + doc.lang() + "-" + kind, kind.equals("meeting") ? 0.7 : 0.5));
    }
    List<Fact> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.participants.isEmpty()) {
        continue;
      }
      DateValue date = d.date;
      if (date == null && doc.article().date() != null) {
        date = DateValue.of(doc.article().date());
      }
      out.add(new Fact.Meeting(new ArrayList<>(d.participants.values()), d.place, date, null, d.evidence));
    }
    return out;
  }
}
