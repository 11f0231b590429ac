package org.irkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.irkg.rdf.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {
  @TempDir Path dir;

  private static void write(Tdb2Store st, String g, int n) {
    st.replaceGraphs(List.of(g), sink -> {
      for (int i = 0; i < n; i++) {
        sink.quad(Quad.create(NodeFactory.createURI(g), NodeFactory.createURI(g + ":s" + i),
            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i)));
      }
    });
  }

  @Test
  void replacingAGraphReplacesOnlyThatGraph() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      write(st, "urn:g1", 3);
      write(st, "urn:g2", 2);
      write(st, "urn:g1", 3);
      assertEquals(5, st.size());
      write(st, "urn:g1", 1);
      assertEquals(3, st.size());
    }
  }

  /** apache/jena#3404: a decimal written "0.80" could not be deleted, and outlived its article. */
  @Test
  void aReplacedGraphLeavesNoConfidenceBehind() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      st.replaceGraphs(List.of("urn:g1"), sink -> sink.quad(Quad.create(NodeFactory.createURI("urn:g1"),
          NodeFactory.createURI("urn:f"), NodeFactory.createURI("urn:confidence"), Terms.decimal(new BigDecimal("0.80")))));
      assertEquals(1, st.size());
      write(st, "urn:g1", 0);
      assertEquals(0, st.size());
    }
  }

  @Test
  void aFailedBatchLeavesNothingHalfWritten() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      write(st, "urn:g1", 3);
      assertThrows(IllegalStateException.class, () -> st.replaceGraphs(List.of("urn:g1"), sink -> {
        sink.quad(Quad.create(NodeFactory.createURI("urn:g1"), NodeFactory.createURI("urn:x"),
            NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
        throw new IllegalStateException("writer failed midway");
      }));
      assertEquals(3, st.size(), "the old graph is still whole");
    }
  }

  @Test
  void queriesSeeTheUnionOfTheNamedGraphs() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      write(st, "urn:g1", 2);
      write(st, "urn:g2", 2);
      var rs = st.select("SELECT (COUNT(*) AS ?n) { ?s <urn:p> ?o }", null);
      assertEquals(4, rs.next().getLiteral("n").getInt());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      st.export(out, "nq");
      assertEquals(4, out.toString(StandardCharsets.UTF_8).lines().count());
    }
  }

  @Test
  void aFileWhereTheStoreShouldBeIsAClearError() throws Exception {
    Path f = Files.writeString(dir.resolve("file"), "x");
    StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.open(f));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
  }
}
