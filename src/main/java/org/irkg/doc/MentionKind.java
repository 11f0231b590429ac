package org.irkg.doc;

/** What a mention names. */
public enum MentionKind {
  /** A name of an actor or place ("OTAN", "John Kerry", "Bruxelles"). */
  NAME,
  /** An adjective standing for a state or place ("américain", "Brazilian", "bruxellois"). */
  DEMONYM,
  /** A pronoun standing for an earlier actor ("il", "she"). */
  PRONOUN,
  /** A date expression ("mardi", "en juillet", "November 13, 2004"). */
  DATE,
  /** An office or title ("secrétaire général", "Prime Minister"). */
  TITLE
}
