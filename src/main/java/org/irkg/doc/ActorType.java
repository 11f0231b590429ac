package org.irkg.doc;

/** The kinds of actor of the core ontology (ir:Person, ir:State, ...), plus places. */
public enum ActorType {
  PERSON("Person"),
  STATE("State"),
  INTERNATIONAL_ORGANIZATION("InternationalOrganization"),
  ALLIANCE("Alliance"),
  GOVERNMENT_BODY("GovernmentBody"),
  ARMED_GROUP("ArmedGroup"),
  /** Not an actor: a city, region or sea where things happen. */
  PLACE("Place");

  private final String localName;

  ActorType(String localName) {
    this.localName = localName;
  }

  /** The local name of the ontology class. */
  public String localName() {
    return localName;
  }

  public boolean isActor() {
    return this != PLACE;
  }

  /** Organisations can have members. */
  public boolean isOrganization() {
    return this == INTERNATIONAL_ORGANIZATION || this == ALLIANCE;
  }

  /** Parses "State", "Alliance", ... as written in data files. */
  public static ActorType parse(String s) {
    for (ActorType t : values()) {
      if (t.localName.equalsIgnoreCase(s.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown actor type '" + s + "'");
  }
}
