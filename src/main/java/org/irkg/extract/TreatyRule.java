package org.irkg.extract;

import java.util.ArrayList;
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
import org.irkg.doc.Text;
import org.irkg.doc.Token;
import org.irkg.lexicon.Gazetteer;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Treaties from a head noun (treaty-heads.tsv) with what names it: modifiers before it ("Paris
 * Agreement", "new political economy agreement") and a complement after it ("accord sur le
 * nucléaire iranien", "Treaty of Lisbon"). "celui de Paris" after a treaty reuses its head. A bare
 * head ("l'accord") refers back and names nothing new. The parties are the states and
 * organisations of the sentence; the date is one the sentence gives.
 */
final class TreatyRule implements FactRule {
  private static final int MAX_COMPLEMENT = 7;

  @Override
  public List<Fact> extract(Document doc, Lexicon lex, Gazetteer g) {
    Map<String, Fact.Treaty> found = new LinkedHashMap<>();
    Set<String> partyPreps = lex.keys("treaty.party.prepositions");
    for (Sentence s : doc.sentences()) {
      List<Mention> ms = doc.linksIn(s.index());
      String lastHead = null;
      for (PhraseMatcher.Match<String> h : lex.treatyHeads().findAll(s, null)) {
        boolean anaphor = h.values().get(0).equals("anaphor");
        if (anaphor && lastHead == null) {
          continue;
        }
        String head = anaphor ? lastHead : s.span(h.first(), h.end());
        if (!anaphor) {
          lastHead = head;
        }
        int pre = anaphor ? h.first() : premodifiers(s, h.first(), ms);
        int post = complement(s, h.end(), ms, partyPreps);
        if (pre == h.first() && post == h.end() && !Text.capitalised(s.token(h.first()).text())) {
          continue; // "l'accord", "the deal": a reference, not a name
        }
        String name = anaphor
            ? head + " " + s.span(h.end(), post)
            : s.span(pre, post);
        name = name.replaceAll("[«»“”\"]", "").replaceAll("\\s+", " ").trim();
        if (Text.words(name).length < 2) {
          continue;
        }
        DateValue date = null;
        List<Actor> parties = new ArrayList<>();
        for (Mention m : ms) {
          if (m.kind() == MentionKind.DATE && (date == null || m.first() > h.first() && date.day() == 0)) {
            date = m.date();
          } else if (m.refersToActor() && !Sentences.isPerson(m) && m.kind() == MentionKind.NAME
              && (m.end() <= pre || m.first() >= post)) {
            if (parties.stream().noneMatch(a -> a.iri().equals(m.actor().iri()))) {
              parties.add(m.actor());
            }
          }
        }
        String key = Text.key(name);
        Fact.Treaty old = found.get(key);
        List<Evidence> ev = new ArrayList<>();
        if (old != null) {
          ev.addAll(old.evidence());
          parties.addAll(old.parties().stream()
              .filter(a -> parties.stream().noneMatch(b -> b.iri().equals(a.iri()))).toList());
          if (date == null) {
            date = old.date();
          }
        }
        ev.add(Evidence.of(s, "treaty-" + doc.lang() + "-" + (anaphor ? "anaphor" : "head"), 0.7));
        found.put(key, new Fact.Treaty(name, doc.lang(), date, parties, ev));
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The first token of the modifiers before a head: adjectives, nouns and names, no mention. */
  private static int premodifiers(Sentence s, int head, List<Mention> ms) {
    int i = head;
    while (i > 0 && head - i < 4) {
      Token t = s.token(i - 1);
      boolean modifier = "ADJ".equals(t.pos()) || "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
      if (!modifier || t.isPunct()) {
        break;
      }
      Mention m = Sentences.endingAt(ms, i);
      if (m != null && m.kind() == MentionKind.NAME && m.refersToActor()) {
        break; // "Brazil China agreement": the states are parties, not the name
      }
      i--;
    }
    return i;
  }

  /** The end of the complement after a head: "sur le nucléaire iranien", "of Lisbon". */
  private static int complement(Sentence s, int from, List<Mention> ms, Set<String> partyPreps) {
    if (from >= s.size() || !s.token(from).isAdposition() || partyPreps.contains(s.token(from).key())) {
      return from;
    }
    int end = from;
    int last = from;
    while (end < s.size() && end - from < MAX_COMPLEMENT) {
      Token t = s.token(end);
      if (t.isVerb() || t.isPunct() && !t.text().equals("-") || "CCONJ".equals(t.pos())
          || "PRON".equals(t.pos()) || "SCONJ".equals(t.pos())
          || end > from && partyPreps.contains(Text.key(t.text()))) {
        break;
      }
      Mention m = Sentences.startingAt(ms, end);
      if (m != null && m.kind() == MentionKind.DATE) {
        break;
      }
      end++;
      if (!t.isAdposition() && !t.isDeterminer()) {
        last = end;
      }
    }
    return last;
  }
}
