package org.irkg.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.irkg.doc.Ids;
import org.irkg.rdf.Vocab;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** irkg validate holds claim nodes to their shape, and their figures to the articles. */
class ValidationTest {
  @TempDir Path dir;

  @Test
  void aClaimWithoutItsCountIsAViolationAndOneNoArticleStatesIsReported() {
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("kg"))) {
      Node g = NodeFactory.createURI(Ids.CLAIMS_GRAPH);
      Node c = NodeFactory.createURI(Ids.NS + "claim/membership-made-up");
      st.dataset().executeWrite(() -> {
        st.dataset().asDatasetGraph().add(g, c, Vocab.TYPE, Vocab.ir("Claim"));
        st.dataset().asDatasetGraph().add(g, c, Vocab.ir("claimKind"), Vocab.MEMBERSHIP);
        st.dataset().asDatasetGraph().add(g, c, Vocab.ir("sampleEvidence"), NodeFactory.createLiteralString("x"));
        st.dataset().asDatasetGraph().add(g, c, Vocab.ir("sampleSource"), NodeFactory.createLiteralString("x.txt"));
      });
      Validation.Report r = Validation.validate(st);
      assertFalse(r.conforms());
      assertTrue(r.lines().stream().anyMatch(l -> l.contains("articleCount")), r.lines().toString());
      assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("claims graph: ") && l.contains("stated by no article")),
          r.lines().toString());
    }
  }
}
