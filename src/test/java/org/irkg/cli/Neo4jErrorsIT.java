package org.irkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irkg.store.neo4j.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each way of pointing irkg at the wrong Neo4j is one clear line, exit code 1, and nothing written. */
@ExtendWith(TestNeo4j.class)
class Neo4jErrorsIT {
  static final String WRONG = "not-the-password-42";

  @TempDir Path dir;

  private Cli run(Path passwordFile, String uri, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--neo4j-uri";
    all[args.length + 1] = uri;
    all[args.length + 2] = "--neo4j-password-file";
    all[args.length + 3] = passwordFile.toString();
    return Cli.run(all);
  }

  private static void oneLine(Cli r, String start) {
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: " + start), r.err());
    assertFalse((r.out() + r.err()).contains(TestNeo4j.PASSWORD), "the password is never printed");
    assertFalse((r.out() + r.err()).contains(WRONG), "nor a wrong one");
  }

  private Path wrongPassword() throws IOException {
    return Files.writeString(dir.resolve("wrong"), WRONG + "\n");
  }

  @Test
  void aWrongPassword() throws IOException {
    Cli r = run(wrongPassword(), TestNeo4j.uri(), "cypher", "--cypher", "RETURN 1");
    oneLine(r, "Neo4j at " + TestNeo4j.uri() + " refused user 'neo4j': wrong user name or password");
  }

  @Test
  void aServerThatIsNotThere() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free, and closed again: nothing listens there
    }
    String uri = "bolt://localhost:" + port;
    oneLine(run(TestNeo4j.passwordFile(dir), uri, "cypher", "--cypher", "RETURN 1"),
        "cannot reach Neo4j at " + uri + ": is the server running?");
  }

  @Test
  void aDatabaseThatDoesNotExist() {
    oneLine(run(TestNeo4j.passwordFile(dir), TestNeo4j.uri(), "cypher", "--cypher", "RETURN 1", "--neo4j-database", "nosuchdb"),
        "Neo4j at " + TestNeo4j.uri() + " has no database 'nosuchdb'");
  }

  @Test
  void ingestChecksNeo4jBeforeWritingAnything() throws IOException {
    Path store = dir.resolve("kg");
    Cli r = run(wrongPassword(), TestNeo4j.uri(), "ingest", "seeds/articles/seed-fr.txt", "--store", store.toString(), "--neo4j");
    oneLine(r, "Neo4j at " + TestNeo4j.uri() + " refused user 'neo4j'");
    assertFalse(Files.exists(store), "no store was created");
  }

  @Test
  void pushRefusesAMissingStoreAndAWrongPassword() throws IOException {
    oneLine(run(wrongPassword(), TestNeo4j.uri(), "neo4j", "push", "--store", dir.resolve("kg").toString()), "Neo4j at ");
    oneLine(run(TestNeo4j.passwordFile(dir), TestNeo4j.uri(), "neo4j", "push", "--store", dir.resolve("kg").toString()),
        "no store at ");
  }

  @Test
  void badCypherAndWritingCypher() {
    Path pw = TestNeo4j.passwordFile(dir);
    oneLine(run(pw, TestNeo4j.uri(), "cypher", "--cypher", "MATCH (n RETURN n"), "Cypher: ");
    oneLine(run(pw, TestNeo4j.uri(), "cypher", "--cypher", "CREATE (:Oops)"), "this Cypher writes; irkg cypher only reads");
    oneLine(run(pw, TestNeo4j.uri(), "cypher", "no-such-file.cypher"), "no query file no-such-file.cypher");
  }

  @Test
  void thePasswordIsNeverAnOption() {
    Cli r = Cli.run("cypher", "--cypher", "RETURN 1", "--neo4j-password", "secret");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("Unknown option") && r.err().contains("'--neo4j-password'"), r.err());
  }
}
