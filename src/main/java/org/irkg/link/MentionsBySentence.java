package org.irkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irkg.doc.Mention;

/**
 * The positions, in a list of mentions, of each sentence's mentions, in list order: looking a
 * token up costs the mentions of its sentence, not those of the whole article.
 */
final class MentionsBySentence {
  private final List<Mention> mentions;
  private final Map<Integer, List<Integer>> positions = new HashMap<>();

  MentionsBySentence(List<Mention> mentions) {
    this.mentions = mentions;
    for (int k = 0; k < mentions.size(); k++) {
      positions.computeIfAbsent(mentions.get(k).sentence(), x -> new ArrayList<>()).add(k);
    }
  }

  List<Integer> in(int sentence) {
    return positions.getOrDefault(sentence, List.of());
  }

  /** Whether a mention that is not tentative covers the token. */
  boolean covered(int sentence, int token) {
    for (int k : in(sentence)) {
      Mention m = mentions.get(k);
      if (m.first() <= token && token < m.end() && !m.tentative()) {
        return true;
      }
    }
    return false;
  }
}
