package org.irkg.doc;

/** The IRIs of the things the graph describes, under id: (https://w3id.org/irkg/id/). */
public final class Ids {
  public static final String NS = "https://w3id.org/irkg/id/";
  /** The named graph of the background knowledge (gazetteer). */
  public static final String GAZETTEER_GRAPH = NS + "graph/gazetteer";
  /** The named graph of the ontology. */
  public static final String ONTOLOGY_GRAPH = NS + "graph/ontology";
  /** The named graph of the claims: the facts of all articles merged, derived from the article graphs. */
  public static final String CLAIMS_GRAPH = NS + "graph/claims";

  private Ids() {}

  public static String state(String iso3) {
    return NS + "state/" + iso3;
  }

  public static String person(String name) {
    return NS + "person/" + Text.slug(name);
  }

  public static String organization(String slug) {
    return NS + "org/" + Text.slug(slug);
  }

  public static String place(String slug) {
    return NS + "place/" + Text.slug(slug);
  }

  public static String article(String key) {
    return NS + "article/" + Text.slug(key);
  }

  /** A fact node of an article: kind and number make it stable across re-ingests. */
  public static String fact(String articleKey, String kind, int n) {
    return NS + kind + "/" + Text.slug(articleKey) + "-" + n;
  }
}
