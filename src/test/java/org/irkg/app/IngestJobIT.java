package org.irkg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel ingest gives the same store as one thread; unchanged articles are skipped, changed ones replaced. */
class IngestJobIT {
  static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    extractor = Extractor.load();
  }

  private static IngestJob.Summary ingest(Path in, Path store, int threads) {
    try (Tdb2Store st = Tdb2Store.open(store)) {
      return new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), 4)
          .threads(threads).run(List.of(in), st, Problems.printing(null));
    }
  }

  private static Set<String> quads(Path store) {
    try (Tdb2Store st = Tdb2Store.open(store)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      st.export(out, "nq");
      // blank nodes (the ontology's OWL lists) get fresh labels in each store: compare the rest
      return new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.contains("_:")).toList());
    }
  }

  @Test
  void twoThreadsGiveTheStoreOfOne() {
    Path seeds = Path.of("seeds/articles");
    ingest(seeds, dir.resolve("one"), 1);
    ingest(seeds, dir.resolve("two"), 2);
    Set<String> one = quads(dir.resolve("one"));
    assertTrue(one.size() > 10_000, "quads: " + one.size());
    Set<String> two = quads(dir.resolve("two"));
    Set<String> diff = new TreeSet<>(one);
    diff.removeAll(two);
    Set<String> extra = new TreeSet<>(two);
    extra.removeAll(one);
    assertTrue(diff.isEmpty() && extra.isEmpty(), "only in one thread: " + head(diff) + "\nonly in two: " + head(extra));
  }

  private static String head(Set<String> s) {
    return s.stream().limit(5).toList().toString();
  }

  @Test
  void unchangedArticlesAreSkippedAndChangedOnesReplaced() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "---\nlang: en\ndate: 2004-11-13\n---\nHu Jintao met Lula in Brasilia on Saturday.\n");
    Files.writeString(in.resolve("b.txt"), "---\nlang: en\ndate: 2004-11-13\n---\nJapan criticized China.\n");
    Path store = dir.resolve("kg");
    IngestJob.Summary first = ingest(in, store, 2);
    assertEquals(2, first.articles());
    Set<String> before = quads(store);
    IngestJob.Summary again = ingest(in, store, 2);
    assertEquals(0, again.articles());
    assertEquals(2, again.unchanged());
    assertEquals(before, quads(store));

    Files.writeString(in.resolve("b.txt"), "---\nlang: en\ndate: 2004-11-13\n---\nJapan supported China.\n");
    IngestJob.Summary changed = ingest(in, store, 2);
    assertEquals(1, changed.articles());
    Set<String> after = quads(store);
    assertFalse(after.stream().anyMatch(q -> q.contains("Japan criticized China.")), "the old graph is gone");
    assertTrue(after.stream().anyMatch(q -> q.contains("Japan supported China.")));
  }

  @Test
  void aStoreWithTheBackgroundHashButNoOntologyGraphGetsItBack() throws Exception {
    // what a kill between the gazetteer's and the ontology's transactions used to leave
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "---\nlang: en\n---\nJapan criticized China.\n");
    Path store = dir.resolve("kg");
    ingest(in, store, 1);
    try (Tdb2Store st = Tdb2Store.open(store)) {
      assertEquals(1, st.removeGraphs(List.of(org.irkg.doc.Ids.ONTOLOGY_GRAPH)));
    }
    ingest(in, store, 1);
    try (Tdb2Store st = Tdb2Store.open(store)) {
      assertTrue(st.hasGraph(org.irkg.doc.Ids.ONTOLOGY_GRAPH));
    }
  }
}
