package org.irkg.lexicon;

import java.util.List;

/**
 * A word or phrase that names an event between actors, with its CAMEO code.
 *
 * @param pos "verb" or "noun"
 * @param lemma its dictionary form as the lexicon gives it ("critiquer", "s'opposer", "threat")
 * @param code its CAMEO code ("111", "0233", "042")
 * @param targets how its target is found: "obj" (the direct object), prepositions (folded words,
 *     "contre", "a l encontre de", "with"), "entre"/"between" for the two parties of a noun, or
 *     empty when it takes none
 * @param reflexive a pronominal verb ("s'opposer à"): its verb group holds a reflexive clitic
 * @param patterns for a verb of a PETRARCH dictionary, its block's patterns (more specific codes
 *     by the words around the verb); else empty
 * @param source where it was read (file and line), for those who edit lexicons
 */
public record EventCue(String pos, String lemma, String code, List<String> targets, boolean reflexive,
    List<CameoVerbs.CameoPattern> patterns, String source) {
  public EventCue {
    targets = List.copyOf(targets);
    patterns = List.copyOf(patterns);
  }

  public boolean verbal() {
    return "verb".equals(pos);
  }
}
