package org.irkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.irkg.store.neo4j.Neo4jConnection;
import org.irkg.store.neo4j.Neo4jGraph;
import picocli.CommandLine.Option;

/**
 * The Neo4j connection options, shared by every command that talks to Neo4j. Each falls back on
 * the environment variable Neo4j's own tools use. The password is read from NEO4J_PASSWORD or a
 * file, never from the command line, where other users could read it in the process list.
 */
public final class Neo4jOptions {
  @Option(names = "--neo4j-uri", paramLabel = "URI",
      description = "Neo4j server URI, such as bolt://db.example.org:7687 (default: $NEO4J_URI, else the Bolt port 7687 of localhost)")
  String uri;

  @Option(names = "--neo4j-user", paramLabel = "NAME",
      description = "user name (default: $NEO4J_USERNAME, else " + Neo4jConnection.DEFAULT_USER + ")")
  String user;

  @Option(names = "--neo4j-password-file", paramLabel = "FILE",
      description = "file whose first line is the password (default: the password in $NEO4J_PASSWORD)")
  Path passwordFile;

  @Option(names = "--neo4j-database", paramLabel = "NAME",
      description = "database (default: $NEO4J_DATABASE, else the server's default database)")
  String database;

  /** The environment; tests give their own. */
  Map<String, String> env = System.getenv();

  /** The connection these options and the environment describe. */
  Neo4jConnection connection() {
    String password = passwordFile != null ? readPassword(passwordFile) : env.get("NEO4J_PASSWORD");
    return new Neo4jConnection(
        first(uri, env.get("NEO4J_URI"), Neo4jConnection.DEFAULT_URI),
        first(user, env.get("NEO4J_USERNAME"), Neo4jConnection.DEFAULT_USER),
        password,
        first(database, env.get("NEO4J_DATABASE"), null));
  }

  /** Connects, checking server, login and database (one clear line when one is wrong). */
  Neo4jGraph connect() {
    return Neo4jGraph.connect(connection());
  }

  private static String first(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : fallback;
  }

  private static String readPassword(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // the exception's message names the file, never its content
      throw new UserException("cannot read password file " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    String line = text.lines().findFirst().orElse("");
    if (line.isEmpty()) {
      throw new UserException("password file " + file + " is empty");
    }
    return line;
  }
}
