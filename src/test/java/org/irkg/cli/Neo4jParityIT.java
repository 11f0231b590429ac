package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.irkg.store.Tdb2Store;
import org.irkg.store.neo4j.CypherTable;
import org.irkg.store.neo4j.Neo4jGraph;
import org.irkg.store.neo4j.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same questions get the same answers: the seed article and the development corpus go into a
 * TDB2 store, {@code irkg neo4j push} copies them to a real Neo4j, and each queries/NAME.rq and
 * queries/NAME.cypher pair must answer the same set of rows.
 */
@ExtendWith(TestNeo4j.class)
class Neo4jParityIT {
  /** The corpus beside the checkout; seeds/articles holds the same articles on a machine without it. */
  static final Path SHARED_CORPUS = Path.of("../shared/corpus");
  static final Path QUERIES = Path.of("queries");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

  @TempDir static Path dir;
  static Path store;
  static Neo4jGraph neo4j;

  @BeforeAll
  static void load() {
    TestNeo4j.clear();
    store = dir.resolve("kg");
    Path corpus = Files.isDirectory(SHARED_CORPUS) ? SHARED_CORPUS : Path.of("seeds/articles");
    Cli in = Cli.run("ingest", "seeds/articles/seed-fr.txt", corpus.toString(), "--store", store.toString());
    assertEquals(0, in.code(), in.err());
    Cli push = Cli.run("neo4j", "push", "--store", store.toString(), "--neo4j-uri", TestNeo4j.uri(),
        "--neo4j-password-file", TestNeo4j.passwordFile(dir).toString());
    assertEquals(0, push.code(), push.err());
    // every article graph the store holds, the gazetteer's graph and the claims graph
    assertTrue(push.out().startsWith("pushed " + (storedArticles() + 2) + " graphs"), push.out());
    neo4j = Neo4jGraph.connect(TestNeo4j.connection());
  }

  /** The articles the TDB2 store holds, as `irkg stats` counts them. */
  private static long storedArticles() {
    Cli stats = Cli.run("stats", "--store", store.toString());
    assertEquals(0, stats.code(), stats.err());
    java.util.regex.Matcher m = Pattern.compile("(?m)^articles\\s+(\\d+)").matcher(stats.out());
    assertTrue(m.find(), stats.out());
    return Long.parseLong(m.group(1));
  }

  @AfterAll
  static void close() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  static Stream<String> pairs() throws IOException {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void cypherAnswersAsSparqlDoes(String name) throws IOException {
    Set<List<String>> answer = assertSameAnswers(name, Map.of());
    assertFalse(answer.isEmpty(), name + " answers nothing: the comparison would prove nothing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OTAN", "united states", "Finland", "John Kerry", "Donald Trump", "nobody at all"})
  void actorProfilesAgreeForOtherActors(String name) throws IOException {
    assertSameAnswers("actor-profile", Map.of("name", name));
  }

  /**
   * The listings narrowed to one actor (by a name in another language or case) agree, and keep
   * rows of the whole listing only, some but not all of them.
   */
  @ParameterizedTest
  @CsvSource({"alliance-members,OTAN", "meetings,brazil", "positions,Brazil", "treaties,china", "actor-network,Brazil", "events,China"})
  void listingsNarrowedToOneActorAgree(String query, String name) throws IOException {
    Set<List<String>> narrowed = assertSameAnswers(query, Map.of("name", name));
    Set<List<String>> all = assertSameAnswers(query, Map.of());
    assertFalse(narrowed.isEmpty(), query + " knows nothing of " + name);
    assertTrue(all.containsAll(narrowed), query + " " + name + ": rows the whole listing does not have");
    assertTrue(narrowed.size() < all.size(), query + " " + name + ": nothing was left out");
  }

  /** Events between two actors, named in two languages: the same rows, and fewer than those of one of them. */
  @Test
  void eventsBetweenTwoActorsAgree() throws IOException {
    Set<List<String>> pair = assertSameAnswers("events", Map.of("name", "Japon", "other", "china"));
    Set<List<String>> japan = assertSameAnswers("events", Map.of("name", "Japan"));
    assertFalse(pair.isEmpty(), "no event between Japan and China");
    assertTrue(japan.containsAll(pair) && pair.size() < japan.size(), pair + " within " + japan);
  }

  /** CSV, where both print plain values (TSV and JSON also print SPARQL's language tags). */
  @Test
  void theCypherCommandPrintsWhatTheQueryCommandPrints() throws IOException {
    Path rq = dir.resolve("sparql.csv");
    Path cy = dir.resolve("cypher.csv");
    Cli sparql = Cli.run("query", "queries/alliance-members.rq", "--store", store.toString(), "--format", "csv",
        "-o", rq.toString());
    assertEquals(0, sparql.code(), sparql.err());
    Cli cypher = Cli.run("cypher", "queries/alliance-members.cypher", "--format", "csv", "-o", cy.toString(),
        "--neo4j-uri", TestNeo4j.uri(), "--neo4j-password-file", TestNeo4j.passwordFile(dir).toString());
    assertEquals(0, cypher.code(), cypher.err());
    List<String> expected = Files.readAllLines(rq, StandardCharsets.UTF_8);
    List<String> actual = Files.readAllLines(cy, StandardCharsets.UTF_8);
    assertEquals(expected.get(0), actual.get(0), "the header");
    assertEquals(Set.copyOf(expected), Set.copyOf(actual));
    assertTrue(actual.stream().anyMatch(l -> l.startsWith("North Atlantic Treaty Organization,Finland,false,")), actual.toString());
  }

  private static Set<List<String>> assertSameAnswers(String name, Map<String, String> params) throws IOException {
    String rq = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
    String cypher = Files.readString(QUERIES.resolve(name + ".cypher"), StandardCharsets.UTF_8);
    QuerySolutionMap bindings = new QuerySolutionMap();
    params.forEach((k, v) -> bindings.add(k, ResourceFactory.createPlainLiteral(v)));
    ResultSetRewindable rs;
    try (Tdb2Store st = Tdb2Store.open(store)) {
      rs = st.select(rq, bindings);
    }
    Map<String, Object> cypherParams = new HashMap<>();
    cypherParams.put("name", null);
    cypherParams.put("other", null);
    cypherParams.putAll(params);
    CypherTable t = neo4j.query(cypher, cypherParams);
    assertEquals(rs.getResultVars(), t.columns(), name + ": the columns");
    Set<List<String>> fromSparql = new TreeSet<>(Neo4jParityIT::compare);
    rs.reset();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      fromSparql.add(rs.getResultVars().stream().map(v -> cell(s.get(v))).toList());
    }
    Set<List<String>> fromCypher = new TreeSet<>(Neo4jParityIT::compare);
    for (List<Object> row : t.rows()) {
      fromCypher.add(row.stream().map(Neo4jParityIT::cell).toList());
    }
    assertEquals(fromSparql, fromCypher, name + " " + params);
    return fromCypher;
  }

  /** A SPARQL term as a string: the lexical form of a literal, the IRI of a resource. */
  private static String cell(RDFNode n) {
    if (n == null) {
      return "";
    }
    return normal(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
  }

  private static String cell(Object v) {
    return v == null ? "" : normal(v instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : v.toString());
  }

  /**
   * What may differ without the answer differing: a decimal's trailing zeros (0.90 and 0.9), and
   * the order of a GROUP_CONCAT's parts, which SPARQL leaves open.
   */
  private static String normal(String s) {
    Matcher m = NUMBER.matcher(s);
    if (m.matches()) {
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    if (s.contains("; ")) {
      String[] parts = s.split("; ");
      Arrays.sort(parts);
      return String.join("; ", parts);
    }
    return s;
  }

  private static int compare(List<String> a, List<String> b) {
    return String.join("\u0000", a).compareTo(String.join("\u0000", b));
  }
}
