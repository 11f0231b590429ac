package org.irkg.doc;

import java.util.Objects;

/**
 * One token of a sentence, with character offsets into the article text. Immutable; its folded
 * words (for lexicon matching) are computed once, since every lexicon reads them.
 */
public final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final String pos;
  private final String lemma;
  private final String[] words;
  private final String key;

  /**
   * @param text the token as written
   * @param start offset of its first character in the analysed text
   * @param end offset after its last character
   * @param pos its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ADP, ...)
   * @param lemma its lemma, or its folded form where the language has no lemmatizer
   */
  public Token(String text, int start, int end, String pos, String lemma) {
    this.text = Objects.requireNonNull(text);
    this.start = start;
    this.end = end;
    this.pos = pos;
    this.lemma = lemma;
    this.words = Text.words(text);
    this.key = String.join(" ", words);
  }

  public String text() {
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public String pos() {
    return pos;
  }

  public String lemma() {
    return lemma;
  }

  /** The folded words of the token ("États-Unis" gives "etats", "unis"); do not modify. */
  public String[] words() {
    return words;
  }

  /** The matching key of the token: its folded words joined by a space (see {@link Text#key}). */
  public String key() {
    return key;
  }

  /** The folded form used for lexicon matching. */
  public String folded() {
    return Text.fold(text);
  }

  public boolean isProperNoun() {
    return "PROPN".equals(pos);
  }

  public boolean isPunct() {
    return "PUNCT".equals(pos) || (!text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0)));
  }

  public boolean isVerb() {
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  public boolean isAdposition() {
    return pos != null && pos.startsWith("ADP");
  }

  public boolean isDeterminer() {
    return "DET".equals(pos);
  }

  @Override
  public String toString() {
    return text + "/" + pos;
  }
}
