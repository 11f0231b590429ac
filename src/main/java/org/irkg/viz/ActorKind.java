package org.irkg.viz;

import java.util.List;

/**
 * The kinds of actor the graph draws, with their look. One place for colours and shapes so the
 * HTML page, DOT and GraphML agree.
 *
 * @param key the ontology class's local name (State, Person, ...), or Actor for an untyped actor
 * @param label what the legend says
 * @param colour fill colour (hex)
 * @param shape Cytoscape node shape
 * @param dotShape Graphviz node shape
 */
public record ActorKind(String key, String label, String colour, String shape, String dotShape) {
  /**
   * In order of precedence: an actor typed both InternationalOrganization and Alliance (NATO) is
   * an alliance, the more specific class; Actor last, for actors with no known kind.
   */
  public static final List<ActorKind> ALL = List.of(
      new ActorKind("State", "state", "#1f77b4", "round-rectangle", "box"),
      new ActorKind("Person", "person", "#ff7f0e", "ellipse", "ellipse"),
      new ActorKind("Alliance", "alliance", "#d62728", "pentagon", "pentagon"),
      new ActorKind("GovernmentBody", "government body", "#9467bd", "triangle", "triangle"),
      new ActorKind("ArmedGroup", "armed group", "#6b4f2a", "octagon", "octagon"),
      new ActorKind("InternationalOrganization", "organisation", "#2ca02c", "hexagon", "hexagon"),
      new ActorKind("Actor", "other actor", "#7f7f7f", "diamond", "diamond"));

  /** The kind for a class local name; unknown names are {@code Actor}. */
  public static ActorKind of(String key) {
    for (ActorKind k : ALL) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    return ALL.get(ALL.size() - 1);
  }

  /** Precedence rank (lower wins) of a class local name, or -1 if it names no actor kind. */
  static int rank(String key) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).key.equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
