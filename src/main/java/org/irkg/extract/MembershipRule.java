package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Memberships from a cue (membership-cues.tsv) in a sentence naming a state and an organisation.
 * A "member"/"join" cue states membership; a negation between the cue and the organisation ("mais
 * pas de l'OTAN", "not a member of NATO") or a "non-member"/"leave" cue makes it false; a
 * "candidate" cue ("seeking membership") states nothing. An "ally" cue ("ses alliés de l'OTAN")
 * only confirms what the gazetteer knows for the article's year. The member is a state that is
 * not the complement of a preposition ("voisins de la Russie" names no member).
 */
final class MembershipRule implements FactRule {
  private static final int WINDOW = 20;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Membership> found = new LinkedHashMap<>();
    int year = doc.article().date() == null ? 0 : doc.article().date().getYear();
    for (Sentence s : doc.sentences()) {
      List<PhraseMatcher.Match<String>> cues = lex.membershipCues().findAll(s, null);
      if (cues.isEmpty()) {
        continue;
      }
      List<Mention> ms = doc.linksIn(s.index());
      List<Mention> orgs = new ArrayList<>();
      List<Mention> states = new ArrayList<>();
      for (Mention m : ms) {
        if (Sentences.isOrg(m)) {
          orgs.add(m);
        } else if (Sentences.isState(m)) {
          states.add(m);
        }
      }
      if (orgs.isEmpty() || states.isEmpty()) {
        continue;
      }
      for (PhraseMatcher.Match<String> cue : cues) {
        String kind = cue.values().get(0);
        if (kind.equals("join") && cue.first() > 0 && infinitive(s.token(cue.first() - 1))) {
          kind = "candidate"; // "the effort by Vietnam to join the WTO": not joined yet
        }
        switch (kind) {
          case "member", "join", "nonmember", "leave" -> stated(doc, s, cues, cue, kind, orgs, states, found);
          case "candidate" -> candidacy(doc, s, cue, orgs, states, found);
          case "ally" -> allied(doc, s, cue, orgs, states, g, year, found);
          default -> { }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private void stated(Document doc, Sentence s, List<PhraseMatcher.Match<String>> cues,
      PhraseMatcher.Match<String> cue, String kind, List<Mention> orgs, List<Mention> states,
      Map<String, Fact.Membership> found) {
    if (hasKind(cues, "candidate", cue.first() - 3, cue.end() + 3)) {
      return; // "demande d'adhésion", "seeking membership": no membership yet
    }
    for (Mention o : orgs) {
      if (o.first() - cue.first() > 12 || o.first() < cue.first() - 3 || !sameClause(s, o, cue)) {
        continue; // the organisation comes with its cue: "membre de l'UE", "NATO member"
      }
      int from = Math.max(0, Math.min(cue.first(), o.first()) - 3);
      boolean negative = kind.equals("nonmember") || kind.equals("leave")
          || hasKind(cues, "negation", from, o.first());
      for (Mention st : states) {
        if (Math.abs(st.first() - cue.first()) > WINDOW || Sentences.afterAdposition(s, st)
            || !nameOrNationals(s, st) || !sameClause(s, st, cue)
            || st.actor().iri().equals(o.actor().iri())) {
          continue;
        }
        add(found, st, o, !negative, Evidence.of(s, "membership-" + doc.lang() + "-" + kind, 0.75));
      }
    }
  }

  /**
   * "Vietnam's effort to join the WTO", "Ukraine is seeking membership of NATO": the candidate is
   * explicitly not (yet) a member. The candidate is the state nearest the cue.
   */
  private void candidacy(Document doc, Sentence s, PhraseMatcher.Match<String> cue, List<Mention> orgs,
      List<Mention> states, Map<String, Fact.Membership> found) {
    Mention org = null;
    for (Mention o : orgs) {
      if (o.first() >= cue.end() && o.first() - cue.end() <= 8 && org == null) {
        org = o;
      }
    }
    Mention who = null;
    int best = Integer.MAX_VALUE;
    for (Mention st : states) {
      int d = st.end() <= cue.first() ? cue.first() - st.end() : st.first() - cue.end() + 3;
      if (d < best && d <= 10 && (org == null || st.first() < org.first())) {
        best = d;
        who = st;
      }
    }
    if (org != null && who != null) {
      add(found, who, org, false, Evidence.of(s, "membership-" + doc.lang() + "-candidate", 0.6));
    }
  }

  /**
   * No verb and no subordinating conjunction between a mention and the cue: "Greece is a member of
   * the EU, while Turkey has been seeking membership" does not make Turkey a member. Auxiliaries
   * ("is", "sont") and coordinations ("mais pas de l'OTAN") do not cut.
   */
  private static boolean sameClause(Sentence s, Mention m, PhraseMatcher.Match<String> cue) {
    int from = Math.min(m.end(), cue.end());
    int to = Math.max(m.first(), cue.first());
    for (int k = from; k < to; k++) {
      String pos = s.token(k).pos();
      if ("VERB".equals(pos) || "SCONJ".equals(pos) || ";".equals(s.token(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** "to join", "pour rejoindre", "de rejoindre": a joining wished or planned. */
  private static boolean infinitive(org.irkg.doc.Token before) {
    return "PART".equals(before.pos()) || before.isAdposition();
  }

  /** A state's name, or its people ("des Grecs"), not an adjective ("la désinformation russe"). */
  private static boolean nameOrNationals(Sentence s, Mention st) {
    if (st.kind() == MentionKind.NAME) {
      return true;
    }
    String pos = s.token(st.first()).pos();
    return st.kind() == MentionKind.DEMONYM && ("NOUN".equals(pos) || "PROPN".equals(pos));
  }

  private void allied(Document doc, Sentence s, PhraseMatcher.Match<String> cue, List<Mention> orgs,
      List<Mention> states, Gazetteer g, int year, Map<String, Fact.Membership> found) {
    for (Mention o : orgs) {
      for (Mention st : states) {
        if (Math.abs(st.first() - cue.first()) <= WINDOW && g.isKnownMember(st.actor(), o.actor(), year)) {
          add(found, st, o, true, Evidence.of(s, "membership-" + doc.lang() + "-ally", 0.6));
        }
      }
    }
  }

  private static boolean hasKind(List<PhraseMatcher.Match<String>> cues, String kind, int from, int to) {
    for (PhraseMatcher.Match<String> c : cues) {
      if (c.values().contains(kind) && c.first() >= from && c.first() < to) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Fact.Membership> found, Mention member, Mention org,
      boolean polarity, Evidence ev) {
    String key = member.actor().iri() + "|" + org.actor().iri();
    Fact.Membership old = found.get(key);
    if (old != null && old.polarity() != polarity) {
      // an explicit statement wins over a confirmation from background knowledge
      if (old.evidence().get(0).rule().endsWith("-ally")) {
        found.put(key, new Fact.Membership(member.actor(), org.actor(), polarity, List.of(ev)));
      }
      return;
    }
    List<Evidence> evs = new ArrayList<>();
    if (old != null) {
      evs.addAll(old.evidence());
    }
    evs.add(ev);
    found.put(key, new Fact.Membership(member.actor(), org.actor(), polarity, evs));
  }
}
