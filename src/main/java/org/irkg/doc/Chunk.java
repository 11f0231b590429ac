package org.irkg.doc;

/**
 * A chunk of a sentence: a run of tokens that acts as one unit in the clause (a noun phrase, a
 * verb group with its auxiliaries, a preposition ...). Chunks tile the sentence.
 *
 * @param kind what the chunk is
 * @param first its first token
 * @param end the token after its last one
 * @param head the token that carries its meaning (the noun of a noun phrase, the main verb of a
 *     verb group)
 */
public record Chunk(Kind kind, int first, int end, int head) {

  /** The kinds of chunk. */
  public enum Kind {
    /** A noun phrase without its complements: "le président russe", "Vladimir Poutine". */
    NP,
    /** A pronoun standing alone: "il", "they", "celle-ci". */
    PRON,
    /** A verb group: auxiliaries, clitics, negation and adverbs around one main verb. */
    VERB,
    /** A preposition, simple or contracted ("du", "au"), or a multiword one ("à l'encontre de"). */
    PREP,
    /** A coordinating conjunction. */
    CONJ,
    /** What opens a subordinate clause: a conjunction ("que", "because") or a relative pronoun. */
    SUB,
    /** A comma, a semicolon, a colon, a dash, a bracket or a quote. */
    PUNCT,
    /** The English possessive "'s". */
    POSS,
    /** Anything else (adverbs, interjections ...). */
    OTHER
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }
}
