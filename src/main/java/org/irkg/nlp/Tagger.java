package org.irkg.nlp;

/** Gives each token of a sentence one outcome of a sequence model (a POS tag, a lemma rule). */
interface Tagger {
  /** One outcome per token; {@code extra} is what the model's context generator reads besides the tokens. */
  String[] decode(String[] tokens, Object[] extra);
}
