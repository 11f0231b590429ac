package org.irkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.Document;
import org.irkg.doc.Mention;
import org.irkg.doc.MentionKind;
import org.irkg.doc.Sentence;
import org.irkg.lexicon.Gazetteer;

/** The state a government noun names ("le gouvernement malien", "the Polish government", "the government"). */
final class Governments {
  private final Gazetteer gazetteer;
  private final Map<String, Set<String>> governmentNouns = new HashMap<>();
  private final Map<String, org.irkg.lexicon.Lexicon> lexicons;

  /** With each language's government nouns ("gouvernement", "government"), read from its lexicon. */
  Governments(Gazetteer gazetteer, Map<String, org.irkg.lexicon.Lexicon> lexicons) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
    lexicons.forEach((lang, lex) -> governmentNouns.put(lang, lex.keys("government.nouns")));
  }

  /**
   * "le gouvernement malien", "ce nouveau gouvernement": a government noun names the state given
   * with it (a demonym, "de X" or a capital just after), else the state named last, in this sentence
   * or the three before.
   */
  List<Mention> find(Document doc, List<Mention> mentions) {
    Set<String> nouns = governmentNouns.getOrDefault(doc.lang(), Set.of());
    List<Mention> added = new ArrayList<>();
    if (nouns.isEmpty()) {
      return added;
    }
    MentionsBySentence index = new MentionsBySentence(mentions);
    org.irkg.lexicon.Lexicon lex = lexicons.get(doc.lang());
    Set<String> genitives = lex == null ? Set.of() : lex.keys("syntax.genitive.prepositions");
    for (Sentence s : doc.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        if (!nouns.contains(s.token(i).key()) || index.covered(s.index(), i)) {
          continue;
        }
        Actor state = null;
        boolean someoneElses = false;
        for (int k : index.in(s.index())) {
          Mention m = mentions.get(k);
          // "the Polish government", "the new Polish government": a demonym just before
          boolean before = m.kind() == MentionKind.DEMONYM && m.end() <= i && i - m.end() <= 1;
          // "le gouvernement malien", "the military government in Yangon": just after, in the same
          // phrase (no verb between: "the Polish government thanked the United States" is Poland's)
          boolean near = m.first() > i && m.first() - i <= 3 && noVerbBetween(s, i + 1, m.first());
          Actor a = m.actor() == null ? null : m.actor().type() == ActorType.PLACE ? gazetteer.metonymOf(m.actor()) : m.actor();
          if ((before || near) && a != null && a.type() == ActorType.STATE) {
            state = a;
            break;
          }
          if (near && a != null && a.type().isActor() && m.first() == i + 2 && genitives.contains(s.token(i + 1).key())) {
            // "le gouvernement de Bachar al-Assad": that person's (their state when known), never
            // the state named last
            state = a.state() == null ? null : gazetteer.byIri(a.state());
            someoneElses = state == null;
            break;
          }
        }
        if (someoneElses) {
          continue;
        }
        if (state == null) {
          int last = -1; // the state mentioned last in the list order, as a scan of the whole list finds it
          for (int sentence = Math.max(0, s.index() - 3); sentence <= s.index(); sentence++) {
            for (int k : index.in(sentence)) {
              Mention m = mentions.get(k);
              boolean before = sentence < s.index() || m.end() <= i;
              if (before && k > last && m.actor() != null && m.actor().type() == ActorType.STATE) {
                last = k;
              }
            }
          }
          state = last < 0 ? null : mentions.get(last).actor();
        }
        if (state != null) {
          added.add(Mention.actor(s.index(), i, i + 1, MentionKind.NAME, state));
        }
      }
    }
    return added;
  }

  private static boolean noVerbBetween(Sentence s, int from, int to) {
    for (int t = from; t < to; t++) {
      if (s.token(t).isVerb()) {
        return false;
      }
    }
    return true;
  }
}
