package org.irkg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.irkg.doc.Ids;
import org.irkg.store.Tdb2Store;
import org.irkg.store.neo4j.Neo4jLoader;
import org.irkg.store.neo4j.QuadSource;

/**
 * Copies named graphs from the TDB2 store to Neo4j, as the store holds them at that moment: the
 * gazetteer first (the actors the articles point to), then the articles, a batch of graphs per
 * Neo4j transaction. The ontology graph stays out: it describes the vocabulary, and the mapping
 * already turns its classes into labels and its properties into keys and types. The claims graph
 * goes too (as :Claim nodes), so that queries/NAME.cypher reads what queries/NAME.rq reads.
 */
public final class Neo4jPush {
  /** What a push did, and what Neo4j holds after it. */
  public record Summary(int graphs, int removedGraphs, Neo4jLoader.Counts counts) {}

  private final Neo4jLoader loader;
  private final int batch;

  public Neo4jPush(Neo4jLoader loader, int batch) {
    this.loader = loader;
    this.batch = Math.max(1, batch);
  }

  /**
   * Makes Neo4j hold what the store holds: every graph pushed, and the graphs Neo4j has that the
   * store no longer has removed.
   */
  public Summary all(Tdb2Store store) {
    List<String> graphs = new ArrayList<>(store.graphNames());
    graphs.remove(Ids.ONTOLOGY_GRAPH);
    if (graphs.remove(Ids.GAZETTEER_GRAPH)) {
      graphs.add(0, Ids.GAZETTEER_GRAPH);
    }
    graphs.add(Ids.CLAIMS_GRAPH); // last: the facts of all articles merged, which the queries read
    Set<String> stale = new TreeSet<>(loader.graphs());
    stale.removeAll(graphs);
    List<String> all = new ArrayList<>(graphs);
    all.addAll(stale);
    for (int i = 0; i < all.size(); i += batch) {
      push(store, all.subList(i, Math.min(all.size(), i + batch)));
    }
    return new Summary(graphs.size(), stale.size(), loader.counts());
  }

  /** Pushes some graphs (what {@code ingest --neo4j} does after each committed batch). */
  public Neo4jLoader.Pushed push(Tdb2Store store, List<String> graphs) {
    return store.read(ds -> loader.push(QuadSource.of(ds.asDatasetGraph(), Set.of(Ids.ONTOLOGY_GRAPH)), graphs));
  }
}
