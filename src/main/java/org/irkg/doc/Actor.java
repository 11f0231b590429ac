package org.irkg.doc;

import java.util.List;
import java.util.Map;

/**
 * An actor or place with one IRI across all articles.
 *
 * @param iri its IRI (id:state/USA, id:person/john-kerry, ...)
 * @param type its kind
 * @param labels its preferred label per language code ("" when the language is unknown)
 * @param aliases other names, with their language code ("" when unknown)
 * @param wikidata its Wikidata Q-id, or null
 * @param isoCode its ISO 3166-1 alpha-3 code for states, or null
 * @param state for government bodies, the IRI of their state; for persons, their nationality; for
 *     places, the state they lie in; or null
 */
public record Actor(
    String iri,
    ActorType type,
    Map<String, String> labels,
    List<Name> aliases,
    String wikidata,
    String isoCode,
    String state) {

  public Actor {
    labels = Map.copyOf(labels);
    aliases = List.copyOf(aliases);
  }

  /** A name in a language ("" when unknown). */
  public record Name(String text, String lang) {}

  /** The label in the language, else English, else any. */
  public String label(String lang) {
    String l = labels.get(lang);
    if (l == null) {
      l = labels.get("en");
    }
    if (l == null && !labels.isEmpty()) {
      l = labels.values().iterator().next();
    }
    return l == null ? iri : l;
  }
}
