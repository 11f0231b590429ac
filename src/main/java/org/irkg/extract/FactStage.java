package org.irkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.doc.Layer;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.pipeline.Stage;

/**
 * Reads the facts of an article: memberships, positions, meetings, treaties and relations, each
 * with its evidence. Reads {@link Layer#LINKS}; writes {@link Layer#FACTS}. The rules' words are
 * each language's data; the rule families are {@link MembershipRule}, {@link PositionRule},
 * {@link MeetingRule}, {@link TreatyRule} and {@link EventRule} (relations); which actors the article
 * speaks of as actors is {@link ActorSelection}. Thread-safe.
 */
public final class FactStage implements Stage {
  private final Gazetteer gazetteer;
  private final Map<String, Lexicon> lexicons;
  private final List<FactRule> rules =
      List.of(new MembershipRule(), new MembershipFrames(), new KnownMembershipRule(), new PositionRule(), new PortfolioRule(), new MeetingRule(), new TreatyRule(),
          new EventRule(org.irkg.lexicon.CameoRelations.load()));

  public FactStage(Gazetteer gazetteer, Map<String, Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.LINKS, Layer.SYNTAX);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.FACTS);
  }

  /** One relation per triple, one membership per pair: two rules that read the same one give it both their evidence. */
  private static List<Fact> mergeRelations(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    Map<String, Integer> at = new java.util.HashMap<>();
    Map<String, Integer> members = new java.util.HashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Membership m) {
        String key = m.member().iri() + " " + m.organization().iri();
        Integer i = members.get(key);
        if (i != null) {
          Fact.Membership old = (Fact.Membership) out.get(i);
          if (old.polarity() == m.polarity()) { // else the first rule's reading stands
            List<org.irkg.doc.Evidence> ev = new ArrayList<>(old.evidence());
            ev.addAll(m.evidence());
            out.set(i, new Fact.Membership(old.member(), old.organization(), old.polarity(), ev));
          }
          continue;
        }
        members.put(key, out.size());
      }
      if (f instanceof Fact.Relation r) {
        String key = r.subject().iri() + " " + r.predicate() + " " + r.object().iri();
        String back = r.object().iri() + " " + r.predicate() + " " + r.subject().iri();
        Integer i = at.get(key);
        if (i == null && r.predicate().equals("cooperatesWith")) {
          i = at.get(back);
        }
        if (i != null) {
          Fact.Relation old = (Fact.Relation) out.get(i);
          List<org.irkg.doc.Evidence> ev = new ArrayList<>(old.evidence());
          ev.addAll(r.evidence());
          out.set(i, new Fact.Relation(old.subject(), old.predicate(), old.object(), ev));
          continue;
        }
        at.put(key, out.size());
      }
      out.add(f);
    }
    return out;
  }

  @Override
  public void process(Document doc) {
    Lexicon lex = lexicons.get(doc.lang());
    List<Fact> facts = new ArrayList<>();
    for (FactRule r : rules) {
      facts.addAll(r.extract(doc, lex, gazetteer));
    }
    facts.addAll(CodedEvents.fromMeetings(facts, gazetteer));
    List<Fact> merged = mergeRelations(facts);
    doc.setFacts(merged);
    doc.setActors(ActorSelection.select(doc, merged, lex, gazetteer));
  }
}
