package org.irkg.store.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * Pushes named graphs of RDF into Neo4j as a property graph (the rules are in {@link Mapping}).
 * One call is one explicit transaction: the relationships the graphs had are deleted, their
 * nodes merged on {@code uri} and rewritten, their relationships created again, in batches of
 * {@value #ROWS} rows per UNWIND; so pushing a graph twice changes nothing, and a push that fails
 * leaves the database as it was. Nodes of other graphs (the gazetteer's actors) are shared.
 */
public final class Neo4jLoader {
  /** Rows per UNWIND statement: large enough to be fast, small enough for a modest server heap. */
  static final int ROWS = 2000;

  private final Neo4jGraph neo4j;
  private boolean constrained;
  private final Set<String> indexed = new HashSet<>();

  /** What one push wrote. */
  public record Pushed(int graphs, int nodes, int relationships, int deletedNodes) {}

  public Neo4jLoader(Neo4jGraph neo4j) {
    this.neo4j = neo4j;
  }

  /** Writes {@code graphs} as {@code source} holds them now; a graph it lacks is removed from Neo4j. */
  public Pushed push(QuadSource source, Collection<String> graphs) {
    if (!constrained) {
      // MERGE on uri needs the constraint's index to be fast, and the constraint keeps one node per IRI
      neo4j.schema("CREATE CONSTRAINT irkg_resource_uri IF NOT EXISTS FOR (n:Resource) REQUIRE n.uri IS UNIQUE");
      neo4j.schema("CREATE INDEX irkg_resource_name IF NOT EXISTS FOR (n:Resource) ON (n.name)");
      constrained = true;
    }
    Map<String, Object> params = Map.of("graphs", List.copyOf(graphs));
    Batch b = neo4j.write(tx -> {
      List<String> previous = tx.run("MATCH (n:Resource) WHERE any(g IN n.graphs WHERE g IN $graphs) RETURN n.uri",
          params).list(r -> r.get(0).asString());
      Batch batch = Batch.of(source, graphs, previous);
      List<String> types = tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
          .list(r -> r.get(0).asString());
      for (String t : types) {
        tx.run("MATCH ()-[r:" + Mapping.quote(t) + "]->() WHERE r.graph IN $graphs DELETE r", params).consume();
      }
      writeNodes(tx, batch);
      writeRelationships(tx, batch);
      for (List<String> chunk : chunks(batch.gone)) {
        tx.run("UNWIND $uris AS uri MATCH (n:Resource {uri: uri}) DETACH DELETE n", Map.of("uris", chunk)).consume();
      }
      return batch;
    });
    // after the commit, as schema cannot change inside a data transaction: lets the next
    // push of these graphs find their relationships by index instead of scanning a type
    for (Batch.RelRow r : b.relationships) {
      if (indexed.add(r.type())) {
        neo4j.schema("CREATE INDEX " + Mapping.quote("irkg_graph_" + r.type()) + " IF NOT EXISTS FOR ()-[r:"
            + Mapping.quote(r.type()) + "]-() ON (r.graph)");
      }
    }
    return new Pushed(graphs.size(), b.nodes.size(), b.relationships.size(), b.gone.size());
  }

  /** How many irkg nodes and relationships Neo4j holds. */
  public record Counts(long nodes, long relationships) {}

  public Counts counts() {
    List<Object> row = neo4j.query("MATCH (n:Resource) WITH count(n) AS nodes"
        + " OPTIONAL MATCH (:Resource)-[r]->(:Resource) WHERE r.graph IS NOT NULL RETURN nodes, count(r)", Map.of())
        .rows().get(0);
    return new Counts((Long) row.get(0), (Long) row.get(1));
  }

  /** The graphs Neo4j holds nodes of (to find those the store no longer has). */
  public Set<String> graphs() {
    return neo4j.query("MATCH (n:Resource) WHERE n.graphs IS NOT NULL UNWIND n.graphs AS g RETURN DISTINCT g", Map.of())
        .rows().stream().map(r -> (String) r.get(0)).collect(Collectors.toSet());
  }

  private static void writeNodes(TransactionContext tx, Batch b) {
    Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
    for (Batch.NodeRow n : b.nodes) {
      byLabels.computeIfAbsent(n.labels(), k -> new ArrayList<>()).add(Map.of("uri", n.uri(), "props", n.props()));
    }
    byLabels.forEach((labels, rows) -> {
      // labels are spliced (Cypher takes no label parameters before 5.26); they are quoted
      String set = labels.stream().map(Mapping::quote).collect(Collectors.joining(":"));
      String cypher = "UNWIND $rows AS row MERGE (n:Resource {uri: row.uri}) SET n = row.props SET n:" + set;
      for (List<Map<String, Object>> chunk : chunks(rows)) {
        tx.run(cypher, Map.of("rows", chunk)).consume();
      }
    });
  }

  private static void writeRelationships(TransactionContext tx, Batch b) {
    Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
    for (Batch.RelRow r : b.relationships) {
      byType.computeIfAbsent(r.type(), k -> new ArrayList<>())
          .add(Map.of("from", r.from(), "to", r.to(), "props", r.props()));
    }
    byType.forEach((type, rows) -> {
      // MERGE, not MATCH, on the ends: one typed in a graph not pushed yet is completed when it is
      String cypher = "UNWIND $rows AS row MERGE (a:Resource {uri: row.from}) MERGE (b:Resource {uri: row.to})"
          + " CREATE (a)-[r:" + Mapping.quote(type) + "]->(b) SET r = row.props";
      for (List<Map<String, Object>> chunk : chunks(rows)) {
        tx.run(cypher, Map.of("rows", chunk)).consume();
      }
    });
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += ROWS) {
      out.add(all.subList(i, Math.min(all.size(), i + ROWS)));
    }
    return out;
  }
}
