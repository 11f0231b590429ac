package org.irkg.store.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A real Neo4j server for the tests, in the test JVM: started once for the whole run (the first
 * start takes 15 to 25 s) and stopped when the run ends. Like a user's server, it asks for a
 * password; the driver talks Bolt to it. Use with {@code @ExtendWith(TestNeo4j.class)}.
 */
public final class TestNeo4j implements BeforeAllCallback {
  /** The neo4j user's password on the test server (not a secret: the server lives for one test run). */
  public static final String PASSWORD = "irkg-test-password";

  private static Neo4j server;

  @Override
  public void beforeAll(ExtensionContext context) {
    // the root store closes its AutoCloseable values once, after the last test of the run
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(TestNeo4j.class, k -> new Running(start()), Running.class);
  }

  private static synchronized Neo4j start() {
    if (server == null) {
      server = Neo4jBuilders.newInProcessBuilder()
          .withDisabledServer() // Bolt only: irkg never uses the HTTP API
          .withConfig(GraphDatabaseSettings.auth_enabled, true)
          // a wrong-password test must not lock the user out of the tests that follow
          .withConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
          // Netty's default two-second quiet period, once per event loop, makes closing take ~10 s
          .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
      server.databaseManagementService().database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", PASSWORD));
    }
    return server;
  }

  /** The Bolt address of the running server. */
  public static String uri() {
    return start().boltURI().toString();
  }

  /** A connection to the test server's default database as the neo4j user. */
  public static Neo4jConnection connection() {
    return new Neo4jConnection(uri(), "neo4j", PASSWORD, null);
  }

  /** A file holding the password, as a user passes it with --neo4j-password-file. */
  public static Path passwordFile(Path dir) {
    try {
      return Files.writeString(dir.resolve("neo4j-password"), PASSWORD + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs Cypher on the server directly (no driver): schema changes a test needs. */
  public static void run(String cypher) {
    start().defaultDatabaseService().executeTransactionally(cypher);
  }

  /** Empties the database (tests share one server; community edition has one user database). */
  public static void clear() {
    start().defaultDatabaseService().executeTransactionally("MATCH (n) DETACH DELETE n");
  }

  private record Running(Neo4j neo4j) implements AutoCloseable {
    @Override
    public void close() {
      neo4j.close();
    }
  }
}
