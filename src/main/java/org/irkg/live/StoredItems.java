package org.irkg.live;

import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.irkg.store.Tdb2Store;

/**
 * Whether a feed item is stored already: an article whose source is the item's GUID or link, or
 * whose URL is its link. Asked of the store itself, so the answer holds after a restart.
 */
public final class StoredItems {
  private static final String ASK = """
      PREFIX dct: <http://purl.org/dc/terms/>
      PREFIX schema: <https://schema.org/>
      ASK { GRAPH ?g { ?g dct:source|schema:url ?v } }
      """;
  private final Tdb2Store store;

  public StoredItems(Tdb2Store store) {
    this.store = store;
  }

  public boolean contains(String guid, String link) {
    return has(guid) || has(link);
  }

  private boolean has(String value) {
    if (value == null) {
      return false;
    }
    QuerySolutionMap b = new QuerySolutionMap();
    b.add("v", ResourceFactory.createPlainLiteral(value));
    return store.ask(ASK, b);
  }
}
