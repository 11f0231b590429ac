package org.irkg.doc;

import java.util.List;

/** A fact read from an article, with the evidence for it. */
public sealed interface Fact {

  /** The sentences it was read from; the first is the main one. */
  List<Evidence> evidence();

  /** How sure the extractor is, in [0,1]. */
  default double confidence() {
    return evidence().stream().mapToDouble(Evidence::confidence).max().orElse(0.5);
  }

  /** An actor being (polarity true) or explicitly not being a member of an organisation. */
  record Membership(Actor member, Actor organization, boolean polarity, List<Evidence> evidence)
      implements Fact {}

  /** A person holding an office, named {@code role} (in {@code lang}), of a state or organisation. */
  record Position(Actor holder, String role, String lang, Actor roleOf, List<Evidence> evidence)
      implements Fact {}

  /** A meeting, summit, visit or talks. */
  record Meeting(
      List<Actor> participants, Actor place, DateValue date, String topic, List<Evidence> evidence)
      implements Fact {}

  /** A treaty or agreement, with its name in the article's language. */
  record Treaty(String name, String lang, DateValue date, List<Actor> parties, List<Evidence> evidence)
      implements Fact {}

  /** A relation between two actors: predicate is the local name (criticizes, supports, ...). */
  record Relation(Actor subject, String predicate, Actor object, List<Evidence> evidence)
      implements Fact {}

  /**
   * A coded event between two actors: {@code source} does what the CAMEO {@code code} says to
   * {@code target} ("042", "1056", or a root such as "04" when the cue says no more), on
   * {@code date} (the sentence's, else the article's), at {@code place} when the text says where.
   */
  record Event(Actor source, Actor target, String code, DateValue date, Actor place, List<Evidence> evidence)
      implements Fact {}

  /** A number of members stated for an organisation ("les 28 pays de l'OTAN"). */
  record MemberCount(Actor organization, int count, List<Evidence> evidence) implements Fact {}
}
