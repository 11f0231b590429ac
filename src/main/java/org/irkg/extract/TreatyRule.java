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
    Set<String> topics = lex.keys("treaty.topic.prepositions");
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
        int adj = adjectives(s, h.end());
        int post = adj > h.end() ? adj : complement(s, h.end(), ms, partyPreps);
        if (pre == h.first() && post == h.end() && !Text.capitalised(s.token(h.first()).text())) {
          continue; // "l'accord", "the deal": a reference, not a name
        }
        if (!anaphor && !named(s, h, pre, post, adj, ms, topics)) {
          continue; // "drug deals", "l'accord de cessez-le-feu", "cooperation agreements": a kind, not a name
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
        String key = sameName(found.keySet(), Text.key(name));
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
        found.put(key, new Fact.Treaty(old != null ? old.name() : name, doc.lang(), date, parties, ev));
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Adjectives right after a head ("accord russo-américain", "accord nucléaire iranien"): the end of the run. */
  private static int adjectives(Sentence s, int from) {
    int end = from;
    while (end < s.size() && end - from < 3 && "ADJ".equals(s.token(end).pos())) {
      end++;
    }
    return end;
  }

  /**
   * Whether the words around a head name one treaty: a capitalised word or a name in them, a
   * nationality adjective, a topic after "sur"/"on" ("accord sur le nucléaire iranien"), or
   * modifiers before a head in the singular ("new political economy agreement"); not a plural
   * head with common words ("drug deals") nor a common complement ("accord de cessez-le-feu").
   */
  private static boolean named(Sentence s, PhraseMatcher.Match<String> h, int pre, int post, int adj,
      List<Mention> ms, Set<String> topics) {
    for (int k = pre; k < post; k++) {
      boolean inHead = k >= h.first() && k < h.end();
      if (!inHead && (Text.capitalised(s.token(k).text()) || s.token(k).isProperNoun())) {
        return true;
      }
    }
    for (Mention m : ms) {
      if (m.first() >= pre && m.end() <= post && (m.refersToActor() || m.refersToPlace())) {
        return true; // a name or a nationality ("russo-américain")
      }
    }
    if (Text.capitalised(s.token(h.first()).text()) && h.first() > 0) {
      return true; // "le Traité", "the Protocol": the text writes it as a name
    }
    if (h.end() < post && h.end() < s.size() && topics.contains(s.token(h.end()).key())) {
      return true;
    }
    if (adj > h.end()) {
      return true;
    }
    String last = s.token(h.end() - 1).key();
    return pre < h.first() && !last.endsWith("s");
  }

  /** The key of a treaty already found that this name names too ("accords de Minsk", "accord de Minsk"), or the key. */
  private static String sameName(Set<String> keys, String key) {
    String stem = stem(key);
    for (String k : keys) {
      String ks = stem(k);
      if (ks.equals(stem) || (" " + stem + " ").contains(" " + ks + " ") && ks.split(" ").length >= 2) {
        return k;
      }
    }
    return key;
  }

  /** A name's words without a plural "s": "accords de minsk" and "accord de minsk" agree. */
  private static String stem(String key) {
    StringBuilder sb = new StringBuilder();
    for (String w : key.split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    return sb.toString();
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
      if (!t.isAdposition() && !t.isDeterminer() && !"ADV".equals(t.pos())) {
        last = end; // "les accords de Minsk ne ...": an adverb ends no name
      }
    }
    return last;
  }
}
