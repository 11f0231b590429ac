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
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Memberships a reader takes from a sentence that speaks of an organisation's members and names a
 * state the gazetteer knows as a member at the article's date: "les 27 pays membres se sont réunis
 * ... entre l'Allemagne, la France et l'Italie", "EU leaders, among them Germany's". The sentence
 * itself must be about membership (a member, count or ally cue of membership-cues.tsv, or a
 * setting's meeting noun of the organisation: "the EU summit"), and the state is named in it, or
 * in the next sentence when it names none; the gazetteer alone never states a membership. Lower
 * confidence than a stated one.
 */
final class KnownMembershipRule implements FactRule {

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Membership> found = new LinkedHashMap<>();
    int year = doc.article().date() == null ? 0 : doc.article().date().getYear(); // 0: today's members
    Set<String> kinds = Set.of("member", "count", "ally", "partner");
    List<Sentence> ss = doc.sentences();
    for (Sentence s : ss) {
      boolean about = false;
      for (PhraseMatcher.Match<String> c : lex.membershipCues().findAll(s, null)) {
        about |= kinds.contains(c.values().get(0));
      }
      if (!about) {
        continue;
      }
      List<Mention> here = doc.linksIn(s.index());
      List<Mention> states = new ArrayList<>();
      // the next sentence's states only when this one names none ("les 27 pays membres se sont
      // réunis ..." then "... l'Allemagne, la France et l'Italie"); after "Sweden and Finland are
      // not members of NATO", the states of the next sentence are not NATO's
      boolean namesStates = here.stream().anyMatch(Sentences::isState);
      int last = namesStates ? s.index() : Math.min(s.index() + 1, ss.size() - 1);
      for (int k = s.index(); k <= last; k++) {
        for (Mention m : doc.linksIn(k)) {
          if (Sentences.isState(m)) {
            states.add(m);
          }
        }
      }
      for (Mention o : here) {
        if (!Sentences.isOrg(o)) {
          continue;
        }
        for (Mention st : states) {
          if (g.isKnownMember(st.actor(), o.actor(), year)) {
            String key = st.actor().iri() + "|" + o.actor().iri();
            found.putIfAbsent(key, new Fact.Membership(st.actor(), o.actor(), true,
                List.of(Evidence.of(ss.get(st.sentence()), "membership-" + doc.lang() + "-known", 0.45))));
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
