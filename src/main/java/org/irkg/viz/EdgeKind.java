package org.irkg.viz;

import java.util.List;

/**
 * The kinds of edge between actors, with their look.
 *
 * @param key stable key (membership, position, meeting, treaty, or a relation's local name)
 * @param label what the legend says
 * @param colour line colour (hex)
 * @param directed whether the edge has a direction (member to organisation, subject to object)
 */
public record EdgeKind(String key, String label, String colour, boolean directed) {
  public static final EdgeKind MEMBERSHIP = new EdgeKind("membership", "member of", "#4c78a8", true);
  public static final EdgeKind POSITION = new EdgeKind("position", "office held", "#f58518", true);
  public static final EdgeKind MEETING = new EdgeKind("meeting", "met with", "#9d9d9d", false);
  public static final EdgeKind TREATY = new EdgeKind("treaty", "party to the same treaty", "#b279a2", false);

  /** The four fact kinds, the five actor relations of the ontology, then coded events by QuadClass (EVENTS.md). */
  public static final List<EdgeKind> ALL = List.of(
      MEMBERSHIP, POSITION, MEETING, TREATY,
      new EdgeKind("cooperatesWith", "cooperates with", "#54a24b", true),
      new EdgeKind("supports", "supports", "#2e8b57", true),
      new EdgeKind("criticizes", "criticizes", "#e45756", true),
      new EdgeKind("opposes", "opposes", "#c2185b", true),
      new EdgeKind("threatens", "threatens", "#8b0000", true),
      new EdgeKind("quad1", "event: verbal cooperation", "#8fd175", true),
      new EdgeKind("quad2", "event: material cooperation", "#1b9e77", true),
      new EdgeKind("quad3", "event: verbal conflict", "#f39c12", true),
      new EdgeKind("quad4", "event: material conflict", "#7b1fa2", true));

  /** The kind for a key; a relation the ontology gains later is drawn grey, not dropped. */
  public static EdgeKind of(String key) {
    for (EdgeKind k : ALL) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    return new EdgeKind(key, key, "#7f7f7f", true);
  }
}
