package org.irkg.store.neo4j;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.irkg.store.StoreException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * A Neo4j database over Bolt (bolt:// for one server, neo4j:// for a cluster or Aura, which routes
 * reads to readers and writes to the leader): Cypher in managed read transactions, writes in
 * managed write transactions that commit whole or roll back, retried by the driver on a transient
 * failure. Opening it checks the server, the login and the database, so a
 * mistake in any of them is one clear line before anything is read or written.
 */
public final class Neo4jGraph implements AutoCloseable {
  private final Neo4jConnection connection;
  private final Driver driver;

  private Neo4jGraph(Neo4jConnection connection, Driver driver) {
    this.connection = connection;
    this.driver = driver;
  }

  /** Connects and checks the server, the login and the database; throws StoreException if not. */
  public static Neo4jGraph connect(Neo4jConnection c) {
    AuthToken auth = c.hasPassword() ? AuthTokens.basic(c.user(), c.password()) : AuthTokens.none();
    // the driver's own log would repeat what the one-line errors say; irkg reports through exceptions
    Config config = Config.builder().withLogging(Logging.none())
        .withConnectionTimeout(10, TimeUnit.SECONDS).build();
    Driver driver;
    try {
      driver = GraphDatabase.driver(c.uri(), auth, config);
    } catch (IllegalArgumentException e) {
      throw new StoreException("cannot use Neo4j URI " + c.uri() + ": " + e.getMessage(), e);
    }
    Neo4jGraph g = new Neo4jGraph(c, driver);
    try {
      driver.verifyConnectivity();
      try (Session s = g.session(AccessMode.READ)) {
        s.run("RETURN 1").consume();
      }
      return g;
    } catch (Neo4jException e) {
      driver.close();
      throw Neo4jErrors.translate(e, c);
    }
  }

  public Neo4jConnection connection() {
    return connection;
  }

  Session session(AccessMode mode) {
    SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(mode);
    if (connection.database() != null) {
      b.withDatabase(connection.database());
    }
    return driver.session(b.build());
  }

  /**
   * Runs a Cypher query in a managed read transaction (routed to a reader of a cluster, retried by
   * the driver on a transient failure) and copies its answer out.
   */
  public CypherTable query(String cypher, Map<String, Object> params) {
    try (Session s = session(AccessMode.READ)) {
      return s.executeRead(tx -> {
        Result r = tx.run(cypher, params);
        List<String> columns = r.keys();
        List<List<Object>> rows = r.list(rec -> {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 0; i < columns.size(); i++) {
            row.add(plain(rec.get(i)));
          }
          return row;
        });
        return new CypherTable(columns, rows);
      });
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(e, connection);
    }
  }

  /**
   * Runs {@code work} in one managed write transaction (sent to a cluster's leader): committed if it
   * returns, rolled back if anything (the server, the driver or the work itself) throws, so a
   * failed batch leaves nothing; the driver runs it again on a transient failure (a leader switch,
   * a deadlock), so the work must be one that can run twice, as a push of whole graphs is.
   */
  <T> T write(Function<TransactionContext, T> work) {
    try (Session s = session(AccessMode.WRITE)) {
      return s.executeWrite(work::apply);
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(e, connection);
    }
  }

  /** Runs one schema statement on its own (Neo4j does not mix schema and data in a transaction). */
  void schema(String cypher) {
    try (Session s = session(AccessMode.WRITE)) {
      s.run(cypher).consume();
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(e, connection);
    }
  }

  private static Object plain(Value v) {
    return plain(v.asObject());
  }

  private static Object plain(Object o) {
    if (o instanceof Node n) {
      if (n.containsKey("uri")) {
        return URI.create(n.get("uri").asString());
      }
      return plain(n.asMap());
    } else if (o instanceof Relationship r) {
      return r.type();
    } else if (o instanceof Path p) {
      List<Object> nodes = new ArrayList<>();
      p.nodes().forEach(n -> nodes.add(plain(n)));
      return nodes;
    } else if (o instanceof List<?> l) {
      return l.stream().map(Neo4jGraph::plain).toList();
    } else if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    return o;
  }

  @Override
  public void close() {
    driver.close();
  }
}
