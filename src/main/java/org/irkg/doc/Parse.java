package org.irkg.doc;

import java.util.List;

/**
 * The shallow structure of one sentence: its chunks, its noun phrase groups (coordinated phrases
 * with their complements) and the frames of its predicates.
 *
 * @param sentence the sentence index
 * @param chunks the chunks, tiling the sentence in order
 * @param groups the noun phrase groups in order: "la Russie, la Chine et l'Iran" is one group of
 *     three phrases
 * @param frames one frame per verb group and per noun head
 */
public record Parse(int sentence, List<Chunk> chunks, List<List<Phrase>> groups, List<Frame> frames) {
  public Parse {
    chunks = List.copyOf(chunks);
    groups = groups.stream().map(List::copyOf).toList();
    frames = List.copyOf(frames);
  }

  /** The frame whose predicate holds the token, or null. */
  public Frame frameAt(int token) {
    for (Frame f : frames) {
      if (token >= f.first() && token < f.end()) {
        return f;
      }
    }
    return null;
  }

  /** The chunk holding the token, or null. */
  public Chunk chunkAt(int token) {
    for (Chunk c : chunks) {
      if (c.contains(token)) {
        return c;
      }
    }
    return null;
  }

  /** The group whose first phrase starts at the token, or null. */
  public List<Phrase> groupStartingAt(int token) {
    for (List<Phrase> g : groups) {
      if (g.get(0).first() == token) {
        return g;
      }
    }
    return null;
  }

  /**
   * The group that follows a token, past adverbs only ("met en garde Pyongyang", "warned
   * sharply North Korea"), or null when a preposition, a verb or punctuation comes first.
   */
  public List<Phrase> groupAfter(int token) {
    Chunk c = chunkAt(token);
    int k = c == null ? chunks.size() : chunks.indexOf(c) + 1;
    while (k < chunks.size() && chunks.get(k).kind() == Chunk.Kind.OTHER) {
      k++;
    }
    return k < chunks.size() ? groupStartingAt(chunks.get(k).first()) : null;
  }

  /** Whether a phrase is a member of a group that a preposition governs. */
  public boolean governed(Phrase p) {
    for (List<Phrase> g : groups) {
      if (g.contains(p)) {
        Chunk before = chunkBefore(g.get(0).first());
        return before != null && before.kind() == Chunk.Kind.PREP;
      }
    }
    return false;
  }

  /** The chunk that ends right before the token, or null. */
  public Chunk chunkBefore(int token) {
    for (Chunk c : chunks) {
      if (c.end() == token) {
        return c;
      }
    }
    return null;
  }
}
