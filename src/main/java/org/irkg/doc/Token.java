package org.irkg.doc;

/**
 * One token of a sentence, with character offsets into the article text.
 *
 * @param text the token as written
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param pos its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ADP, ...)
 * @param lemma its lemma, or its folded form where the language has no lemmatizer
 */
public record Token(String text, int start, int end, String pos, String lemma) {

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
}
