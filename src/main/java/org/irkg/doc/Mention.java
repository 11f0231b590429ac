package org.irkg.doc;

/**
 * A span of tokens in one sentence that names something.
 *
 * @param sentence the sentence index
 * @param first the first token index
 * @param end the token index after the last one
 * @param kind what the span is
 * @param actor the actor or place it refers to (NAME, DEMONYM, PRONOUN), or null
 * @param date the date it denotes (DATE), or null
 * @param role the canonical English name of the office (TITLE), or null
 * @param scope for TITLE: "state", "org" or "any"
 * @param tentative a name that is kept only if the linker finds the actor elsewhere in the article
 */
public record Mention(
    int sentence,
    int first,
    int end,
    MentionKind kind,
    Actor actor,
    DateValue date,
    String role,
    String scope,
    boolean tentative) {

  public static Mention actor(int sentence, int first, int end, MentionKind kind, Actor actor) {
    return new Mention(sentence, first, end, kind, actor, null, null, null, false);
  }

  public static Mention date(int sentence, int first, int end, DateValue date) {
    return new Mention(sentence, first, end, MentionKind.DATE, null, date, null, null, false);
  }

  public static Mention title(int sentence, int first, int end, String role, String scope) {
    return new Mention(sentence, first, end, MentionKind.TITLE, null, null, role, scope, false);
  }

  public Mention withActor(Actor a) {
    return new Mention(sentence, first, end, kind, a, date, role, scope, false);
  }

  /** A name kept only if the linker finds its actor elsewhere in the article. */
  public static Mention tentative(int sentence, int first, int end, Actor actor) {
    return new Mention(sentence, first, end, MentionKind.NAME, actor, null, null, null, true);
  }

  public boolean refersToActor() {
    return actor != null && actor.type().isActor();
  }

  public boolean refersToPlace() {
    return actor != null && actor.type() == ActorType.PLACE;
  }

  public boolean overlaps(int f, int e) {
    return first < e && f < end;
  }
}
