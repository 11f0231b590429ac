package org.irkg.doc;

import java.util.List;

/**
 * A sentence: its index in the article, its character span and its tokens.
 *
 * @param index position of the sentence in the article, from 0
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param text the sentence as written
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The text from token {@code from} to token {@code to} (exclusive), as written. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
