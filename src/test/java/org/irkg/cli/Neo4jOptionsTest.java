package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.irkg.store.StoreException;
import org.irkg.store.neo4j.Neo4jConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Neo4j connection comes from: options first, then Neo4j's environment variables, then defaults. */
class Neo4jOptionsTest {
  @TempDir Path dir;

  private static Neo4jOptions with(Map<String, String> env) {
    Neo4jOptions o = new Neo4jOptions();
    o.env = env;
    return o;
  }

  @Test
  void defaultsAreALocalServer() {
    Neo4jConnection c = with(Map.of()).connection();
    assertEquals("bolt://localhost:7687", c.uri());
    assertEquals("neo4j", c.user());
    assertNull(c.database());
  }

  @Test
  void theEnvironmentAsNeo4jToolsUseIt() {
    Neo4jConnection c = with(Map.of("NEO4J_URI", "neo4j+s://db.example.org", "NEO4J_USERNAME", "analyst",
        "NEO4J_PASSWORD", "s3cret-value", "NEO4J_DATABASE", "irkg")).connection();
    assertEquals("neo4j+s://db.example.org", c.uri());
    assertEquals("analyst", c.user());
    assertEquals("irkg", c.database());
    assertFalse(c.toString().contains("s3cret-value"), c.toString());
  }

  @Test
  void optionsWinAndThePasswordFileToo() throws Exception {
    Neo4jOptions o = with(Map.of("NEO4J_URI", "bolt://elsewhere:7687", "NEO4J_PASSWORD", "from-env"));
    o.uri = "bolt://127.0.0.1:7999";
    o.passwordFile = Files.writeString(dir.resolve("pw"), "from-file\nsecond line ignored\n");
    Neo4jConnection c = o.connection();
    assertEquals("bolt://127.0.0.1:7999", c.uri());
    assertTrue(c.toString().startsWith("bolt://127.0.0.1:7999"));
    assertFalse(c.toString().contains("from-"), c.toString());
  }

  @Test
  void mistakesAreOneLine() throws Exception {
    Neo4jOptions missing = with(Map.of());
    missing.passwordFile = dir.resolve("none");
    assertTrue(assertThrows(UserException.class, missing::connection).getMessage().startsWith("cannot read password file"));
    Neo4jOptions empty = with(Map.of());
    empty.passwordFile = Files.writeString(dir.resolve("empty"), "\n");
    assertTrue(assertThrows(UserException.class, empty::connection).getMessage().endsWith("is empty"));
    Neo4jOptions http = with(Map.of("NEO4J_URI", "http://localhost:7474"));
    assertTrue(assertThrows(StoreException.class, http::connection).getMessage().contains("is not a Neo4j URI"));
  }

  @Test
  void aParameterNobodyGivesIsNull() {
    CypherCommand c = new CypherCommand();
    c.params.put("name", "OTAN");
    Map<String, Object> p = c.parameters("MATCH (a) WHERE a.name = coalesce($name, 'NATO') AND a.x = $other RETURN a");
    assertEquals("OTAN", p.get("name"));
    assertTrue(p.containsKey("other"));
    assertNull(p.get("other"));
  }
}
