package org.irkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * pas de l'OTAN", "not a member of NATO") or a "non-member"/"leave" cue makes it false (a leaving under way,
 * "leaving", keeps the member); a
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
      if (orgs.isEmpty()) {
        // "Cambodia ... is not a member", "X has observer status": the organisation is the one the article just spoke of
        Mention recent = recentOrganization(doc, s.index());
        if (recent != null && (hasKind(cues, "member", 0, s.size()) && hasKind(cues, "negation", 0, s.size())
            || hasKind(cues, "nonmember", 0, s.size()))) {
          orgs.add(recent);
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
          case "member", "join", "nonmember", "leave", "leaving" -> stated(doc, lex, s, ms, cues, cue, kind, orgs, states, found);
          case "candidate" -> candidacy(doc, s, cue, orgs, states, found);
          case "ally" -> allied(doc, s, cue, orgs, states, g, year, found);
          default -> { }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private void stated(Document doc, Lexicon lex, Sentence s, List<Mention> ms, List<PhraseMatcher.Match<String>> cues,
      PhraseMatcher.Match<String> cue, String kind, List<Mention> orgs, List<Mention> states,
      Map<String, Fact.Membership> found) {
    if (hasKind(cues, "candidate", cue.first() - 3, cue.end() + 3)) {
      return; // "demande d'adhésion", "seeking membership": no membership yet
    }
    Set<String> relatives = lex.keys("relative.pronouns");
    for (Mention o : orgs) {
      boolean elsewhere = o.sentence() != s.index();
      if (!elsewhere && (o.first() - cue.first() > 12 || o.end() < cue.first() - 3 || !sameClause(s, ms, o, cue, relatives))) {
        continue; // the organisation comes with its cue: "membre de l'UE", "NATO member"
      }
      int from = elsewhere ? cue.first() - 4 : Math.max(0, Math.min(cue.first(), o.first()) - 3);
      int to = elsewhere ? cue.first() : o.first();
      boolean negative = kind.equals("nonmember") || kind.equals("leave") || hasKind(cues, "negation", from, to)
          || !elsewhere && Sentences.nonBefore(s, o.first()); // "Non-EU Norway"
      for (Mention st : states) {
        if (Math.abs(st.first() - cue.first()) > WINDOW
            || Sentences.afterAdposition(s, st) && !coordinated(s, st, lex) && !joinedToEligible(s, st, states, cue)
            || !nameOrNationals(s, st) || !sameClause(s, ms, st, cue, relatives)
            || st.actor().iri().equals(o.actor().iri())) {
          continue;
        }
        add(found, st, o, !negative, Evidence.of(s, "membership-" + doc.lang() + "-" + kind, 0.75));
      }
      // "les deux pays étaient les derniers des trente membres de l'Alliance"
      if (pairBefore(s, cue, lex)) {
        for (org.irkg.doc.Actor st : Sentences.lastTwoStates(doc, s.index())) {
          add(found, new Mention(s.index(), 0, 0, MentionKind.NAME, st, null, null, null, false), o, !negative,
              Evidence.of(s, "membership-" + doc.lang() + "-" + kind + "-pair", 0.6));
        }
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
      if (st.first() >= cue.end() && st.first() - cue.end() <= 2 && genitiveBefore(s, st)) {
        d = -1; // "l'intégration de l'Ukraine à l'OTAN": the candidate completes the noun
      }
      if (d < best && d <= 10 && (org == null || st.first() < org.first())) {
        best = d;
        who = st;
      }
    }
    if (org != null && who != null) {
      add(found, who, org, false, Evidence.of(s, "membership-" + doc.lang() + "-candidate", 0.6));
    }
  }

  /** "de l'Ukraine", "of Turkey": a genitive preposition (past an article) before the mention. */
  private static boolean genitiveBefore(Sentence s, Mention st) {
    int i = st.first() - 1;
    while (i >= 0 && s.token(i).isDeterminer()) {
      i--;
    }
    return i >= 0 && s.token(i).isAdposition() && java.util.Set.of("de", "d", "du", "des", "of").contains(s.token(i).key());
  }

  /**
   * No verb and no subordinating conjunction between a mention and the cue: "Greece is a member of
   * the EU, while Turkey has been seeking membership" does not make Turkey a member. Auxiliaries
   * ("is", "sont") and coordinations ("mais pas de l'OTAN") do not cut.
   */
  private static boolean sameClause(Sentence s, List<Mention> ms, Mention m, PhraseMatcher.Match<String> cue,
      Set<String> relatives) {
    int from = Math.min(m.end(), cue.end());
    int to = Math.max(m.first(), cue.first());
    if (m.end() <= cue.first() && Sentences.opensRelative(s, m.end(), relatives)) {
      int close = m.end() + 2;
      while (close < cue.first() && !s.token(close).text().equals(",")) {
        close++;
      }
      if (close >= cue.first()) {
        // the cue is in the clause: "Papua New Guinea, which has held observer status"
        return subjectOfCopula(s, ms, m.end() + 2, cue.first());
      }
      from = close + 1; // past the clause: "Cambodia, whose flag was to be raised, is not a member"
      if (subjectOfCopula(s, ms, from, cue.first())) {
        return true;
      }
    }
    if (m.end() <= cue.first() && subjectOfCopula(s, ms, m.end(), cue.first())) {
      return true; // "Le Maroc est redevenu lundi membre", "Greece is a member"
    }
    boolean after = m.first() >= cue.end();
    for (int k = from; k < to; k++) {
      String pos = s.token(k).pos();
      String x = s.token(k).text();
      // a relative pronoun after the cue opens another clause ("an EU member that borders Belarus")
      if ("VERB".equals(pos) || "SCONJ".equals(pos) || ";".equals(x) || ":".equals(x) || after && "PRON".equals(pos)) {
        return false;
      }
    }
    return true;
  }

  /** The last organisation with members named in the two sentences before, or null. */
  private static Mention recentOrganization(Document doc, int sentence) {
    Mention found = null;
    for (Mention m : doc.links()) {
      if (m.sentence() < sentence && m.sentence() >= sentence - 2 && Sentences.isOrg(m)) {
        found = m;
      }
    }
    return found;
  }

  /** Only a verb group (with adverbs, articles, a date) between a subject and the cue. */
  private static boolean subjectOfCopula(Sentence s, List<Mention> ms, int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = s.token(k).pos();
      final int at = k;
      boolean date = ms.stream().anyMatch(m -> m.kind() == MentionKind.DATE && m.first() <= at && at < m.end());
      if (!(date || "AUX".equals(pos) || "VERB".equals(pos) || "ADV".equals(pos) || "DET".equals(pos)
          || "PART".equals(pos))) {
        return false;
      }
    }
    return true;
  }

  /** "avec le Mali", "like Burkina Faso": a co-member joined by a word of member.coordinators. */
  private static boolean coordinated(Sentence s, Mention st, Lexicon lex) {
    int i = st.first() - 1;
    while (i >= 0 && s.token(i).isDeterminer()) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    return lex.keys("member.coordinators").contains(s.token(i).key());
  }

  /** "arrachée par la Chine et la Russie, membres": joined by a conjunction to a state that is a subject. */
  private static boolean joinedToEligible(Sentence s, Mention st, List<Mention> states, PhraseMatcher.Match<String> cue) {
    for (Mention other : states) {
      if (other.first() > st.end() && other.first() - st.end() <= 3 && !Sentences.afterAdposition(s, other)
          && other.end() <= cue.first()) {
        for (int k = st.end(); k < other.first(); k++) {
          if ("CCONJ".equals(s.token(k).pos())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A "the two countries" phrase before the cue in its sentence. */
  private static boolean pairBefore(Sentence s, PhraseMatcher.Match<String> cue, Lexicon lex) {
    for (PhraseMatcher.Match<String> m : lex.pairPhrases().findAll(s, null)) {
      if (m.end() <= cue.first() && cue.first() - m.end() <= 8) {
        return true;
      }
    }
    return false;
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
