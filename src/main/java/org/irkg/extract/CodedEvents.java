package org.irkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.DateValue;
import org.irkg.doc.Document;
import org.irkg.doc.Evidence;
import org.irkg.doc.Fact;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;

/**
 * The coded events of one article: one per source, target and CAMEO code, with the evidence of
 * every sentence that states it. Events come from the event cues ({@link EventRule}) and from the
 * meetings ({@link #fromMeetings}); the five relations are kept apart, as the core vocabulary has them.
 */
final class CodedEvents {
  /** Beyond this many participants a meeting is coded from its first participant to each other one only. */
  private static final int ALL_PAIRS_UP_TO = 4;
  private static final String MEETING_CODE = "040";
  private final Map<String, Fact.Event> found = new LinkedHashMap<>();

  /** Adds an event unless its two sides are one (the same actor, a person or body and its own state). */
  void add(Sentence s, String rule, String code, Actor source, Actor target, DateValue date, Actor place, double confidence) {
    if (!code.matches("\\d{2,4}")) {
      return; // "---": a dictionary's word that codes nothing by itself
    }
    if (source == null || target == null || source.iri().equals(target.iri()) || target.iri().equals(source.state())
        || source.iri().equals(target.state()) || !source.type().isActor() || !target.type().isActor()) {
      return;
    }
    String key = source.iri() + " " + target.iri() + " " + code;
    Fact.Event old = found.get(key);
    List<Evidence> ev = new ArrayList<>();
    if (old != null) {
      ev.addAll(old.evidence());
      date = old.date() != null ? old.date() : date;
      place = old.place() != null ? old.place() : place;
    }
    ev.add(Evidence.of(s, rule, confidence));
    found.put(key, new Fact.Event(source, target, code, date, place, ev));
  }

  List<Fact.Event> events() {
    return new ArrayList<>(found.values());
  }

  /**
   * The consultations a meeting states (CAMEO 040), between each pair of its participants (the
   * first named to each of the others past four), where the cues did not already code the pair.
   */
  static List<Fact> fromMeetings(List<Fact> facts, org.irkg.lexicon.Gazetteer g) {
    Map<String, Set<String>> sideOf = new java.util.HashMap<>(); // a person and the states or bodies they hold office of
    for (Fact f : facts) {
      if (f instanceof Fact.Position p && p.roleOf() != null) {
        sideOf.computeIfAbsent(p.holder().iri(), k -> new HashSet<>()).add(p.roleOf().iri());
        if (p.roleOf().state() != null) {
          sideOf.get(p.holder().iri()).add(p.roleOf().state());
        }
      }
    }
    Set<String> consulted = new HashSet<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Event e && e.code().startsWith("04")) {
        consulted.add(e.source().iri() + " " + e.target().iri());
        consulted.add(e.target().iri() + " " + e.source().iri());
      }
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (!(f instanceof Fact.Meeting m)) {
        continue;
      }
      // a state whose leader or envoy is there meets through them: "Hu Jintao" with "Lula", not with "Brazil"
      Set<String> represented = new HashSet<>();
      for (Actor a : m.participants()) {
        if (a.state() != null && a.type() == org.irkg.doc.ActorType.PERSON) {
          represented.add(a.state());
        }
        represented.addAll(sideOf.getOrDefault(a.iri(), Set.of()));
      }
      List<Actor> p = m.participants().stream()
          .filter(a -> a.type().isActor() && !(a.type() != org.irkg.doc.ActorType.PERSON && represented.contains(a.iri())))
          .toList();
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          if (i > 0 && p.size() > ALL_PAIRS_UP_TO) {
            break;
          }
          Actor a = p.get(i);
          Actor b = p.get(j);
          if (a.iri().equals(b.iri()) || a.iri().equals(b.state()) || b.iri().equals(a.state())
              || sameSide(a, b, sideOf) || forum(a, b, m.date(), g) || forum(b, a, m.date(), g)
              || !consulted.add(a.iri() + " " + b.iri())) {
            continue;
          }
          consulted.add(b.iri() + " " + a.iri());
          List<Evidence> ev = m.evidence().stream()
              .map(x -> new Evidence(x.sentence(), x.text(), x.start(), x.end(), "event-meeting-" + MEETING_CODE, x.confidence()))
              .toList();
          out.add(new Fact.Event(a, b, MEETING_CODE, m.date(), m.place(), ev));
        }
      }
    }
    return out;
  }

  /**
   * An organisation meeting its own member (or a member's leader) at a meeting: the forum the
   * members meet in ("the EU's 27 leaders met in Rome"), not a counterpart of theirs.
   */
  private static boolean forum(Actor body, Actor other, DateValue date, org.irkg.lexicon.Gazetteer g) {
    if (!body.type().isOrganization()) {
      return false;
    }
    Actor member = other.type() == org.irkg.doc.ActorType.PERSON && other.state() != null ? g.byIri(other.state()) : other;
    return member != null && g.isKnownMember(member, body, date == null ? 0 : date.year());
  }

  /** Two people of one government (a prime minister and her minister): one side of the meeting. */
  private static boolean sameSide(Actor a, Actor b, Map<String, Set<String>> sideOf) {
    Set<String> x = new HashSet<>(sideOf.getOrDefault(a.iri(), Set.of()));
    if (a.state() != null) {
      x.add(a.state());
    }
    Set<String> y = new HashSet<>(sideOf.getOrDefault(b.iri(), Set.of()));
    if (b.state() != null) {
      y.add(b.state());
    }
    return x.contains(b.iri()) || y.contains(a.iri()) || x.stream().anyMatch(y::contains);
  }

  /** The date the sentence gives nearest the cue, else the article's date; null when neither is known. */
  static DateValue dateOf(Document doc, Sentence s, List<Mention> ms, int cue) {
    Mention best = null;
    for (Mention m : ms) {
      if (m.kind() == MentionKind.DATE && m.date() != null
          && (best == null || Math.abs(m.first() - cue) < Math.abs(best.first() - cue))) {
        best = m;
      }
    }
    if (best != null) {
      return best.date();
    }
    return doc.article().date() == null ? null : DateValue.of(doc.article().date());
  }
}
