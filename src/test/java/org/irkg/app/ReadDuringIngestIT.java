package org.irkg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.irkg.doc.Ids;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads while an ingest writes, in one JVM on one {@link Tdb2Store}: a thread queries (SPARQL)
 * and exports (N-Quads) over and over while the ingest commits batch after batch. TDB2's read
 * transactions are snapshots, so every read sees whole articles only (each article graph has the
 * quads it has in the final store) and whole batches only.
 */
class ReadDuringIngestIT {
  private static final int BATCH = 8;
  private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
  @TempDir Path dir;

  @Test
  void queriesAndExportsDuringAnIngestSeeWholeArticlesAndWholeBatches() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    int articles = TestCorpus.write(corpus, 8);
    Extractor extractor = Extractor.load();
    try (Tdb2Store store = Tdb2Store.open(dir.resolve("kg"))) {
      // the background first, so that snapshots differ only by articles
      new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), BATCH).refreshBackground(store);
      List<Map<String, Long>> snapshots = new ArrayList<>();
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<Throwable> readerFailed = new AtomicReference<>();
      Thread reader = new Thread(() -> {
        try {
          while (!done.get()) {
            snapshots.add(bySparql(store));
            snapshots.add(byExport(store));
          }
        } catch (Throwable t) {
          readerFailed.set(t);
        }
      }, "reader");
      reader.start();
      IngestJob.Summary s = new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), BATCH)
          .threads(1).run(List.of(corpus), store, Problems.printing(null));
      done.set(true);
      reader.join();
      assertNull(readerFailed.get(), () -> "the reader failed: " + readerFailed.get());
      assertEquals(articles, s.articles());

      Map<String, Long> last = bySparql(store);
      int during = 0;
      for (Map<String, Long> snap : snapshots) {
        int seen = 0;
        for (Map.Entry<String, Long> g : snap.entrySet()) {
          if (g.getKey().equals(Ids.CLAIMS_GRAPH)) {
            continue; // it changes with every batch (ClaimIndexTest and KillResumeIT check what it holds)
          }
          assertEquals(last.get(g.getKey()), g.getValue(), "graph " + g.getKey() + " seen with another size");
          if (!g.getKey().equals(Ids.GAZETTEER_GRAPH) && !g.getKey().equals(Ids.ONTOLOGY_GRAPH)) {
            seen++;
          }
        }
        assertTrue(seen % BATCH == 0 || seen == articles, "a snapshot saw " + seen + " articles, not whole batches");
        if (seen > 0 && seen < articles) {
          during++;
        }
      }
      assertTrue(during > 0, "no read happened while the ingest was half done: nothing was tested");
      System.out.printf("reads during an ingest: %d snapshots (SPARQL and export), %d of them mid-ingest, "
          + "each with whole articles and whole batches of %d%n", snapshots.size(), during, BATCH);
    }
  }

  /** Quads per graph, by a SPARQL query. */
  private static Map<String, Long> bySparql(Tdb2Store store) {
    Map<String, Long> out = new HashMap<>();
    ResultSetRewindable rs = store.select(PER_GRAPH, null);
    while (rs.hasNext()) {
      QuerySolution row = rs.next();
      out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
    }
    return out;
  }

  /** Quads per graph, by counting the lines of an N-Quads export. */
  private static Map<String, Long> byExport(Tdb2Store store) {
    ByteArrayOutputStream nq = new ByteArrayOutputStream();
    store.export(nq, "nq");
    Map<String, Long> out = new HashMap<>();
    nq.toString(StandardCharsets.UTF_8).lines().forEach(l ->
        out.merge(l.substring(l.lastIndexOf(" <") + 2, l.length() - 3), 1L, Long::sum));
    return out;
  }
}
