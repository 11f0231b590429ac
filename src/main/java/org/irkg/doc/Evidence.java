package org.irkg.doc;

/**
 * Where a fact was read: the sentence, its offsets in the article, the rule and how sure it is.
 *
 * @param sentence the sentence index
 * @param text the sentence text
 * @param start offset of the sentence in the article text
 * @param end offset after the sentence
 * @param rule the name of the rule that produced the fact
 * @param confidence how sure the rule is, in [0,1]
 */
public record Evidence(int sentence, String text, int start, int end, String rule, double confidence) {

  public static Evidence of(Sentence s, String rule, double confidence) {
    return new Evidence(s.index(), s.text(), s.start(), s.end(), rule, confidence);
  }
}
