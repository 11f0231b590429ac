package org.irkg.store.neo4j;

import org.irkg.store.StoreException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Turns the driver's exceptions into one line a user can act on (never naming the password). */
final class Neo4jErrors {
  private Neo4jErrors() {}

  static StoreException translate(Neo4jException e, Neo4jConnection c) {
    String code = e.code() == null ? "" : e.code();
    String why = firstLine(e.getMessage());
    String m;
    if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
      m = "cannot reach Neo4j at " + c.uri() + ": is the server running? (" + why + ")";
    } else if (e instanceof AuthenticationException) {
      m = "Neo4j at " + c.uri() + " refused user '" + c.user() + "': "
          + (c.hasPassword() ? "wrong user name or password" : "no password given")
          + " (set NEO4J_USERNAME and NEO4J_PASSWORD, or use --neo4j-password-file)";
    } else if (code.endsWith("AuthenticationRateLimit")) {
      m = "Neo4j at " + c.uri() + " refuses logins for a while after too many wrong passwords: wait, then retry";
    } else if (code.endsWith("DatabaseNotFound")) {
      m = "Neo4j at " + c.uri() + " has no database '" + c.database() + "' (see SHOW DATABASES; or leave out --neo4j-database)";
    } else if (code.endsWith("Statement.AccessMode")) {
      m = "this Cypher writes; irkg cypher only reads (" + why + ")";
    } else if (code.startsWith("Neo.ClientError.Statement.")) {
      m = "Cypher: " + why;
    } else {
      m = "Neo4j at " + c + ": " + why + (code.isEmpty() ? "" : " (" + code + ")");
    }
    return new StoreException(m, e);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
