package org.irkg.store.neo4j;

import java.util.Set;
import org.irkg.store.StoreException;

/**
 * Where a Neo4j server is and how to log in. The password is held but never shown: {@link
 * #toString()} and every message built from a connection leave it out.
 */
public final class Neo4jConnection {
  /** The server irkg talks to when nothing else is said (a local Neo4j Desktop or Docker image). */
  public static final String DEFAULT_URI = "bolt://localhost:7687";
  public static final String DEFAULT_USER = "neo4j";

  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  private final String uri;
  private final String user;
  private final String password;
  private final String database;

  /**
   * @param password null to connect without authentication
   * @param database null for the server's default database
   */
  public Neo4jConnection(String uri, String user, String password, String database) {
    this.uri = uri;
    this.user = user;
    this.password = password;
    this.database = database == null || database.isBlank() ? null : database;
    int colon = uri.indexOf("://");
    if (colon < 0 || !SCHEMES.contains(uri.substring(0, colon))) {
      throw new StoreException("'" + uri + "' is not a Neo4j URI (use bolt://HOST:PORT or neo4j://HOST:PORT)");
    }
  }

  public String uri() {
    return uri;
  }

  public String user() {
    return user;
  }

  String password() {
    return password;
  }

  boolean hasPassword() {
    return password != null;
  }

  /** The database name, or null for the server's default. */
  public String database() {
    return database;
  }

  /** The server and database, for messages: {@code bolt://localhost:7687 (database neo4j)}. */
  @Override
  public String toString() {
    return uri + (database == null ? "" : " (database " + database + ")");
  }
}
