package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.irkg.store.neo4j.CypherTable;
import org.irkg.store.neo4j.Neo4jGraph;
import org.irkg.store.neo4j.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Loading into a real Neo4j: idempotent, incremental, all or nothing per batch, lossless on languages. */
@ExtendWith(TestNeo4j.class)
class Neo4jPushIT {
  static final String SEED = "seeds/articles/seed-fr.txt";
  static final String SEED_GRAPH = "https://w3id.org/irkg/id/article/seed-fr";

  @TempDir static Path dir;
  static Neo4jGraph neo4j;

  @BeforeAll
  static void connect() {
    neo4j = Neo4jGraph.connect(TestNeo4j.connection());
  }

  @AfterAll
  static void close() {
    neo4j.close();
  }

  @BeforeEach
  void empty() {
    TestNeo4j.clear();
  }

  private static String[] with(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--neo4j-uri", TestNeo4j.uri(), "--neo4j-password-file", TestNeo4j.passwordFile(dir).toString()));
    return all.toArray(String[]::new);
  }

  private static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  /** Everything irkg wrote to Neo4j, as sorted text: nodes with labels and properties, relationships. */
  private static Set<String> snapshot() {
    Set<String> all = new TreeSet<>();
    for (String q : List.of("MATCH (n:Resource) RETURN n.uri, labels(n), properties(n)",
        "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri, type(r), b.uri, properties(r)")) {
      for (List<Object> row : neo4j.query(q, Map.of()).rows()) {
        List<Object> sorted = row.stream().map(v -> v instanceof Map<?, ?> m ? new TreeMap<>(m)
            : v instanceof List<?> l ? new TreeSet<>(l.stream().map(String::valueOf).toList()) : v).toList();
        assertTrue(all.add(sorted.toString()), "twice: " + row);
      }
    }
    return all;
  }

  private static long count(String cypher) {
    return (Long) neo4j.query(cypher, Map.of()).rows().get(0).get(0);
  }

  @Test
  void ingestWritesBothAndLanguageTagsSurvive() {
    Cli r = ok(with("ingest", SEED, "--store", dir.resolve("kg-lang").toString(), "--neo4j"));
    assertTrue(r.out().contains(" and " + TestNeo4j.uri()), r.out());
    CypherTable nato = neo4j.query("MATCH (n:Actor:Alliance {uri: $uri}) RETURN n.name, n.label_en, n.label_fr,"
        + " n.altLabel_en, n.altLabel_fr", Map.of("uri", "https://w3id.org/irkg/id/org/nato"));
    assertEquals(1, nato.rows().size());
    List<Object> row = nato.rows().get(0);
    assertEquals("North Atlantic Treaty Organization", row.get(0));
    assertEquals("Organisation du traité de l'Atlantique nord", row.get(2));
    assertTrue(((List<?>) row.get(3)).contains("NATO"), row.toString());
    assertTrue(((List<?>) row.get(4)).contains("OTAN"), row.toString());
    CypherTable criticism = neo4j.query("MATCH (:Person {name: 'Donald Trump'})-[r:CRITICIZES]->(o) "
        + "RETURN o.name, r.source, r.confidence, r.evidence, r.graph", Map.of());
    assertEquals(1, criticism.rows().size(), criticism.toString());
    assertEquals("North Atlantic Treaty Organization", criticism.rows().get(0).get(0));
    assertEquals(SEED_GRAPH, criticism.rows().get(0).get(1));
    assertTrue(criticism.rows().get(0).get(2) instanceof Double);
    assertFalse(((List<?>) criticism.rows().get(0).get(3)).isEmpty());
    assertEquals(java.time.LocalDate.of(2016, 12, 6),
        neo4j.query("MATCH (a:Article {uri: $uri}) RETURN a.date", Map.of("uri", SEED_GRAPH)).rows().get(0).get(0),
        "dates stay dates");
  }

  /**
   * The routing scheme a cluster or Aura is reached by: the driver asks the server for its routing
   * table, sends the writes (managed transactions) to the leader and the reads to readers. Against
   * the test's single server the push and the queries give what bolt:// gives.
   */
  @Test
  void theNeo4jRoutingSchemeWritesAndReadsAsBoltDoes() throws Exception {
    String store = dir.resolve("kg-routed").toString();
    ok("ingest", SEED, "--store", store);
    ok(with("neo4j", "push", "--store", store));
    Set<String> overBolt = snapshot();
    TestNeo4j.clear();
    String routed = TestNeo4j.uri().replaceFirst("^bolt://", "neo4j://");
    Cli push = ok("neo4j", "push", "--store", store, "--neo4j-uri", routed, "--neo4j-password-file",
        TestNeo4j.passwordFile(dir).toString());
    assertTrue(push.out().contains(routed), push.out());
    assertEquals(overBolt, snapshot());
    java.nio.file.Path out = dir.resolve("routed.csv");
    ok("cypher", "queries/alliance-members.cypher", "--format", "csv", "-o", out.toString(), "--neo4j-uri", routed,
        "--neo4j-password-file", TestNeo4j.passwordFile(dir).toString());
    assertTrue(java.nio.file.Files.readString(out).contains("North Atlantic Treaty Organization,Finland"));
  }

  @Test
  void pushingAgainChangesNothing() {
    String store = dir.resolve("kg-again").toString();
    ok("ingest", SEED, "--store", store);
    Cli first = ok(with("neo4j", "push", "--store", store));
    Set<String> before = snapshot();
    long nodes = count("MATCH (n) RETURN count(n)");
    long rels = count("MATCH ()-[r]->() RETURN count(r)");
    assertTrue(nodes > 1000 && rels > 1000, nodes + " nodes, " + rels + " relationships");
    Cli second = ok(with("neo4j", "push", "--store", store));
    assertEquals(first.out(), second.out());
    ok(with("ingest", SEED, "--store", store, "--neo4j"));
    assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
    assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
    assertEquals(before, snapshot());
  }

  @Test
  void reingestingAChangedArticleLeavesWhatAFreshPushWould() throws Exception {
    String store = dir.resolve("kg-changed").toString();
    Path article = Files.createDirectories(dir.resolve("changing")).resolve("summit.txt");
    Files.writeString(article, "---\nlang: en\ndate: 2004-11-13\n---\nHu Jintao met Lula in Brasilia. "
        + "Finland is a member of the European Union. Donald Trump criticized NATO.\n");
    ok(with("ingest", article.toString(), "--store", store, "--neo4j"));
    long meetings = count("MATCH (m:Meeting) RETURN count(m)");
    assertTrue(meetings > 0, "the first version has a meeting");
    Files.writeString(article, "---\nlang: en\ndate: 2004-11-14\n---\nNothing happened in Brasilia.\n");
    ok(with("ingest", article.toString(), "--store", store, "--neo4j"));
    assertEquals(0, count("MATCH (m:Meeting) RETURN count(m)"), "the old meeting is gone");
    assertEquals(0, count("MATCH ()-[r:CRITICIZES]->() RETURN count(r)"), "so is the old relation");
    Set<String> incremental = snapshot();
    TestNeo4j.clear();
    ok(with("neo4j", "push", "--store", store));
    assertEquals(snapshot(), incremental);
  }

  @Test
  void aFailedBatchRollsBackWhole() {
    String store = dir.resolve("kg-fail").toString();
    ok("ingest", SEED, "--store", store);
    // a constraint of the user's the seed's meetings break, after all their nodes are written
    TestNeo4j.run("DROP INDEX irkg_graph_PARTICIPANT IF EXISTS"); // the constraint brings its own
    TestNeo4j.run("CREATE CONSTRAINT test_fail FOR ()-[r:PARTICIPANT]-() REQUIRE r.graph IS UNIQUE");
    try {
      Cli r = Cli.run(with("neo4j", "push", "--store", store, "--batch", "1"));
      assertEquals(1, r.code(), r.out());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("error: Neo4j at "), r.err());
    } finally {
      TestNeo4j.run("DROP CONSTRAINT test_fail");
    }
    assertTrue(count("MATCH (n:Resource) WHERE 'https://w3id.org/irkg/id/graph/gazetteer' IN n.graphs RETURN count(n)") > 1000,
        "the gazetteer's batch committed");
    assertEquals(0, count("MATCH (n) WHERE n:Article OR n:Meeting OR n:Membership OR n:Position OR n:Treaty"
        + " OR n:Relation RETURN count(n)"), "no node of the failed article's batch");
    assertEquals(0, count("MATCH ()-[r]->() WHERE r.graph = '" + SEED_GRAPH + "' RETURN count(r)"));
    ok(with("neo4j", "push", "--store", store));
    assertEquals(1, count("MATCH (a:Article) RETURN count(a)"));
  }
}
