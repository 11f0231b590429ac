package org.irkg.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * A client of the SPARQL protocol has no parameters: it writes the name into the query. Every
 * query of queries/ must still parse then (BOUND(?name) became BOUND("X"), a syntax error).
 */
class NarrowedQueriesTest {
  @Test
  void everyQueryParsesWithANameWrittenIn() throws IOException {
    List<Path> rqs;
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      rqs = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertFalse(rqs.isEmpty());
    for (Path q : rqs) {
      String text = EndpointLoad.narrowed(Files.readString(q, StandardCharsets.UTF_8), "Côte d'Ivoire");
      assertDoesNotThrow(() -> QueryFactory.create(text), q + ":\n" + text);
      assertTrue(text.contains("Côte d'Ivoire"), q.toString());
      assertFalse(text.contains("?name"), q + " still has ?name");
    }
  }
}
