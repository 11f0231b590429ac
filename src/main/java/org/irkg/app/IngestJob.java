package org.irkg.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Fact;
import org.irkg.doc.Ids;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.rdf.FactMapper;
import org.irkg.rdf.GazetteerMapper;
import org.irkg.store.Tdb2Store;

/**
 * Reads articles, extracts their facts and writes them to the store, a batch of articles per
 * transaction; each article's graph replaces the one it had. The gazetteer and the ontology are
 * refreshed in their own graphs first. A file that cannot be read, or an article whose extraction
 * fails, is reported and skipped; the rest goes on. A listener set with {@link #onCommit} hears
 * which graphs each committed transaction replaced (how {@code ingest --neo4j} follows along).
 */
public final class IngestJob {
  /** What an ingest did. */
  public record Summary(int files, int articles, int facts, int failed) {}

  private final Extractor extractor;
  private final ArticleReader reader;
  private final int batchSize;
  private Consumer<List<String>> onCommit = graphs -> {};

  public IngestJob(Extractor extractor, ArticleReader reader, int batchSize) {
    this.extractor = extractor;
    this.reader = reader;
    this.batchSize = Math.max(1, batchSize);
  }

  /** Calls {@code listener} with the graphs of each committed write (the gazetteer's, then each batch's). */
  public IngestJob onCommit(Consumer<List<String>> listener) {
    this.onCommit = listener;
    return this;
  }

  public Summary run(List<Path> paths, Tdb2Store store, Problems problems) {
    refreshBackground(store);
    FactMapper mapper = new FactMapper(extractor.gazetteer());
    List<Path> files = reader.files(paths, problems);
    List<Document> batch = new ArrayList<>();
    int[] counts = new int[3];
    for (Path f : files) {
      reader.read(f, a -> {
        Document d = extract(a, problems);
        if (d == null) {
          counts[2]++;
          return;
        }
        batch.add(d);
        counts[0]++;
        counts[1] += d.facts().size();
        if (batch.size() >= batchSize) {
          flush(batch, store, mapper);
        }
      }, problems);
    }
    flush(batch, store, mapper);
    return new Summary(files.size(), counts[0], counts[1], counts[2]);
  }

  private Document extract(Article a, Problems problems) {
    try {
      return extractor.extract(a);
    } catch (RuntimeException e) {
      problems.error(a.source(), "extraction failed: " + e);
      return null;
    }
  }

  private void flush(List<Document> batch, Tdb2Store store, FactMapper mapper) {
    if (batch.isEmpty()) {
      return;
    }
    List<String> graphs = batch.stream().map(d -> FactMapper.graphOf(d.article())).distinct().toList();
    store.replaceGraphs(graphs, sink -> batch.forEach(d -> mapper.write(d, sink)));
    batch.clear();
    onCommit.accept(graphs);
  }

  /** Rewrites the gazetteer and ontology graphs (a few thousand triples: cheap, always current). */
  public void refreshBackground(Tdb2Store store) {
    store.replaceGraphs(List.of(Ids.GAZETTEER_GRAPH), sink -> GazetteerMapper.write(extractor.gazetteer(), sink));
    onCommit.accept(List.of(Ids.GAZETTEER_GRAPH));
    try (InputStream in = IngestJob.class.getResourceAsStream("/irkg/ontology/irkg.ttl")) {
      if (in != null) {
        store.loadOntology(in);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the ontology: " + e.getMessage(), e);
    }
  }

  /** Counts facts by kind, for summaries. */
  public static String kind(Fact f) {
    return f.getClass().getSimpleName();
  }
}
