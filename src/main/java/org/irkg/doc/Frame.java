package org.irkg.doc;

import java.util.List;

/**
 * Who does what to whom around one predicate of a sentence, read from its chunks: for a verb, its
 * subjects and objects (after a passive, the subjects are what is acted on and the agents are
 * those after "par"/"by"); for a noun, its possessor and its "de"/"of" complement. Coordinated
 * phrases are listed one by one ("la Russie et la Chine" are two subjects).
 *
 * @param sentence the sentence index
 * @param first the predicate's first token (the main verb, or the noun)
 * @param end the token after the predicate
 * @param verbal a verb (true) or a noun (false)
 * @param passive a passive verb ("a été critiqué", "was criticized", "soutenu par")
 * @param negated a negated verb ("n'a pas critiqué", "did not criticize")
 * @param subjects for a verb, its grammatical subjects; for a noun, its possessor ("Russia's
 *     threats", "ses menaces") or else the subjects of the verb of its clause
 * @param objects for a verb, its direct objects; for a noun, its "de"/"of" complements
 * @param obliques the phrases after a preposition that follow the predicate in its clause
 * @param agents for a passive verb or a noun, the phrases after "par"/"by"
 */
public record Frame(
    int sentence,
    int first,
    int end,
    boolean verbal,
    boolean passive,
    boolean negated,
    List<Phrase> subjects,
    List<Phrase> objects,
    List<Oblique> obliques,
    List<Phrase> agents) {

  public Frame {
    subjects = List.copyOf(subjects);
    objects = List.copyOf(objects);
    obliques = List.copyOf(obliques);
    agents = List.copyOf(agents);
  }

  /**
   * A phrase after a preposition.
   *
   * @param preposition the folded words of the preposition ("contre", "a l encontre de", "against")
   * @param phrase the phrase
   */
  public record Oblique(String preposition, Phrase phrase) {}
}
