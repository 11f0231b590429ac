package org.irkg.doc;

import java.util.List;

/**
 * A noun phrase with what hangs on it: its core tokens, the phrases joined to it by
 * "de"/"of" ("l'association des armées du Nigeria, du Cameroun et du Tchad") and, for a
 * coordination, its other members ("la Russie et la Chine").
 *
 * @param first the first token of its core
 * @param end the token after its core
 * @param head the head token of its core
 * @param complements the phrases after "de"/"of" that complete it, in order
 */
public record Phrase(int first, int end, int head, List<Phrase> complements) {
  public Phrase {
    complements = List.copyOf(complements);
  }

  public static Phrase of(Chunk c) {
    return new Phrase(c.first(), c.end(), c.head(), List.of());
  }

  public Phrase withComplements(List<Phrase> c) {
    return new Phrase(first, end, head, c);
  }

  /** The last token of the phrase with its complements. */
  public int lastEnd() {
    return complements.isEmpty() ? end : complements.get(complements.size() - 1).lastEnd();
  }
}
