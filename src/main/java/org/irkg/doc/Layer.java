package org.irkg.doc;

/** The layers a stage can write on a Document. */
public enum Layer {
  /** Sentences with tokens, POS tags and lemmas. */
  SENTENCES,
  /** Mentions, each linked to one actor, place, date or title. */
  MENTIONS,
  /** Mentions after linking: one actor per name across the article, pronouns resolved. */
  LINKS,
  /** The chunks of each sentence and the frames of its predicates (who does what to whom). */
  SYNTAX,
  /** Facts with evidence. */
  FACTS
}
