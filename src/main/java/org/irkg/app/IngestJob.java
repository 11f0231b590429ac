package org.irkg.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.irkg.doc.Article;
import org.irkg.doc.Document;
import org.irkg.doc.Ids;
import org.irkg.ingest.ArticleFiles;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Pipeline;
import org.irkg.pipeline.Problems;
import org.irkg.rdf.FactMapper;
import org.irkg.store.Tdb2Store;

/**
 * Reads articles, extracts their facts on a pool of worker threads and writes them to the store
 * from a single writer thread, a batch of articles per transaction; each article's graph replaces
 * the one it had. Bounded queues between reader, workers and writer keep memory flat whatever the
 * corpus size. An article whose text and extractor are unchanged since it was stored is skipped.
 * A file that cannot be read, or an article whose extraction fails, is reported and skipped. A
 * listener set with {@link #onCommit} hears which graphs each committed transaction replaced (how
 * {@code ingest --neo4j} follows along).
 */
public final class IngestJob {
  /** What an ingest did, with the time spent per stage (summed over workers) and in the store. */
  public record Summary(int files, int articles, int unchanged, int facts, int failed, long tokens,
      long wallNanos, Map<String, Long> stageNanos, long storeNanos, List<ArticleFiles.Skipped> skipped) {}

  /**
   * Articles per write transaction. A TDB2 commit costs a sync to disk, and each block a write
   * changes is copied once per transaction: on 3,000 French articles, 1,000 per commit ingested in
   * 10.4 s where 256 took 12.2 s (and 64 took longer still); a kill loses at most one batch's work.
   */
  public static final int DEFAULT_BATCH = 1000;

  private final Extractor extractor;
  private final ArticleReader reader;
  private final int batchSize;
  private final AtomicLong totalBytes = new AtomicLong();
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private boolean force;
  private boolean bulk;
  private Consumer<String> log = s -> { };
  private Consumer<Progress> progress = p -> { };
  private Consumer<List<String>> onCommit = graphs -> { };
  private Consumer<Outcome> onArticle = o -> { };
  /** What is known of the stored articles; kept between runs when {@link #keepState} is on. */
  private StoredArticles stored;
  private boolean keepState;
  /** Set when the writer failed: the reading loop stops feeding it. */
  private volatile boolean stopped;

  public IngestJob(Extractor extractor, ArticleReader reader, int batchSize) {
    this.extractor = extractor;
    this.reader = reader;
    this.batchSize = Math.max(1, batchSize);
  }

  /** Extraction threads (default: the number of cores). */
  public IngestJob threads(int n) {
    this.threads = Math.max(1, n);
    return this;
  }

  /** Re-extract articles even when unchanged. */
  public IngestJob force(boolean f) {
    this.force = f;
    return this;
  }

  /**
   * Load through TDB2's bulk loader: one transaction for the whole run, several times faster for a
   * large first load. Only on a store that holds no article yet; otherwise batches are used.
   */
  public IngestJob bulk(boolean b) {
    this.bulk = b;
    return this;
  }

  /** Where notices go (default: nowhere). */
  public IngestJob log(Consumer<String> log) {
    this.log = log;
    return this;
  }

  /** Hears how far the ingest is after each commit, and once at the end (default: no one). */
  public IngestJob progress(Consumer<Progress> listener) {
    this.progress = listener;
    return this;
  }

  /** Calls {@code listener} with the graphs of each committed write (the gazetteer's, then each batch's). */
  public IngestJob onCommit(Consumer<List<String>> listener) {
    this.onCommit = listener;
    return this;
  }

  /**
   * Keeps what the job learnt of the store (the content hashes and story originals it looked up or
   * wrote, the article count) from one run to the next: how a server that ingests a few articles
   * at a time keeps its counts without reading the store again. Only for a job that is the store's
   * one writer.
   */
  public IngestJob keepState() {
    this.keepState = true;
    return this;
  }

  /**
   * What became of one article of a run: stored (after its batch committed), unchanged (skipped), or
   * failed (its extraction threw; the reason went to the problems).
   *
   * @param source where it was read (file, file:line, URL)
   * @param id the article's key (front matter id:, JSON "id", else derived)
   * @param iri the article's IRI, its named graph
   * @param facts facts stored for it
   */
  public record Outcome(String source, String id, String iri, Status status, int facts) {}

  /** An article's fate in a run. */
  public enum Status { STORED, UNCHANGED, FAILED }

  /** Hears each article's outcome (from the writer and the worker threads). */
  public IngestJob onArticle(Consumer<Outcome> listener) {
    this.onArticle = listener;
    return this;
  }

  /** Articles the store holds, as this job last knew (after {@link #keepState}, kept up to date by each run). */
  public int storedCount() {
    return stored == null ? 0 : (int) stored.count();
  }

  /** One extracted article, the hash that says what it was extracted from, its story and what it is a copy of. */
  private record Result(Document doc, String hash, String story, String copyOf, boolean wasNew) {}

  /** An article read, with its story hash and the article stored first with the same story (or null). */
  private record Pending(Article article, String story, String copyOf) {}

  /** Ingests the article files under the paths (see {@link ArticleFiles}). */
  public Summary run(List<Path> paths, Tdb2Store store, Problems problems) {
    return runInputs(null, paths, store, problems);
  }

  /** Ingests these files, each known by the name it is given (a watched folder's relative path). */
  public Summary runInputs(List<ArticleFiles.Input> inputs, Tdb2Store store, Problems problems) {
    return runInputs(inputs, null, store, problems);
  }

  /**
   * Ingests articles already read (a request's body, a feed's items); {@code problems} hears about
   * each by its source.
   */
  public Summary runArticles(List<Article> given, Tdb2Store store, Problems problems) {
    return run(new ArticleFiles.Listing(List.of(), List.of()), sink -> given.forEach(sink), store, problems);
  }

  private Summary runInputs(List<ArticleFiles.Input> inputs, List<Path> paths, Tdb2Store store, Problems problems) {
    ArticleFiles.Listing listing = inputs != null ? new ArticleFiles.Listing(inputs, List.of())
        : ArticleFiles.list(paths, problems);
    totalBytes.set(listing.inputs().stream().mapToLong(f -> sizeOf(f.path())).sum());
    return run(listing, sink -> {
      for (ArticleFiles.Input f : listing.inputs()) {
        if (stopped) {
          return;
        }
        reader.read(f, sink, problems);
      }
    }, store, problems);
  }

  private Summary run(ArticleFiles.Listing listing, Consumer<Consumer<Article>> articlesIn, Tdb2Store store,
      Problems problems) {
    long t0 = System.nanoTime();
    stopped = false;
    refreshBackground(store);
    if (!keepState || stored == null) {
      stored = new StoredArticles(store);
    }
    StoredArticles known = stored;
    String fingerprint = extractor.fingerprint();
    BlockingQueue<Object> in = new ArrayBlockingQueue<>(threads * 4);
    // results wait here for the writer: enough to keep the workers busy while it commits, not a whole batch more
    BlockingQueue<Object> out = new ArrayBlockingQueue<>(Math.min(batchSize * 2, 256));
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger articles = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger facts = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    AtomicLong storeNanos = new AtomicLong();
    List<Pipeline> pipelines = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Pipeline p = extractor.newPipeline();
      pipelines.add(p);
      Thread w = new Thread(() -> work(p, in, out, known, fingerprint, problems, failure, unchanged, failed),
          "irkg-extract-" + i);
      w.setDaemon(true);
      workers.add(w);
      w.start();
    }
    FactMapper mapper = new FactMapper(extractor.gazetteer());
    boolean bulkLoad = bulk && store.hasNoArticle();
    if (bulk && !bulkLoad) {
      log.accept("the store already holds articles: loading in batches, not in bulk");
    }
    Thread writer = new Thread(() -> {
      // the writer starts before the files are listed: it reads totalBytes when it reports
      if (bulkLoad) {
        writeBulk(out, store, mapper, failure, articles, facts, tokens, storeNanos);
      } else {
        write(out, store, mapper, failure, articles, facts, tokens, storeNanos, t0);
      }
    }, "irkg-store-writer");
    writer.setDaemon(true);
    writer.start();
    List<ArticleFiles.Input> files = listing.inputs();
    // an article's IRI is its identity: two inputs of one run with the same one would replace
    // each other in silence, so the second is reported and not stored
    // (the same text twice, as a file named beside its folder, is read once)
    record Seen(String source, String content) {}
    Map<String, Seen> seen = new HashMap<>();
    articlesIn.accept(a -> {
      if (failure.get() != null) {
        stopped = true;
        return;
      }
      String content = ContentHash.ofContent(a);
      Seen first = seen.putIfAbsent(Ids.article(a.key()), new Seen(a.source(), content));
      if (first == null) {
        String iri = Ids.article(a.key());
        String story = StoryHash.of(a.text());
        String original = story == null ? null : known.originalOf(story, iri);
        HandOff.put(in, new Pending(a, story, iri.equals(original) ? null : original), failure);
      } else if (first.content().equals(content)) {
        problems.warning(a.source(), "the same article as " + first.source() + "; read once");
      } else {
        problems.error(a.source(), "same article id as " + first.source() + " (" + Ids.article(a.key())
            + "); not stored: give one an id (front matter id:, JSON \"id\")");
      }
    });
    for (int i = 0; i < threads; i++) {
      HandOff.put(in, HandOff.END, failure);
    }
    HandOff.join(workers);
    HandOff.put(out, HandOff.END, failure);
    HandOff.join(List.of(writer));
    if (failure.get() != null) {
      throw failure.get();
    }
    progress.accept(new Progress(articles.get(), reader.bytesRead(), totalBytes.get(), System.nanoTime() - t0, true));
    Map<String, Long> stages = new HashMap<>();
    pipelines.forEach(p -> p.timings().forEach((k, v) -> stages.merge(k, v, Long::sum)));
    return new Summary(files.size(), articles.get(), unchanged.get(), facts.get(), failed.get(), tokens.get(),
        System.nanoTime() - t0, stages, storeNanos.get(), listing.skipped());
  }

  private void work(Pipeline pipeline, BlockingQueue<Object> in, BlockingQueue<Object> out,
      StoredArticles known, String fingerprint, Problems problems, AtomicReference<RuntimeException> failure,
      AtomicInteger unchanged, AtomicInteger failed) {
    while (true) {
      Object o = HandOff.take(in);
      if (o == HandOff.END || failure.get() != null) {
        return;
      }
      Pending pending = (Pending) o;
      Article a = pending.article();
      String hash = ContentHash.of(a, fingerprint);
      String iri = Ids.article(a.key());
      String before = known.hash(iri);
      if (!force && hash.equals(before)) {
        unchanged.incrementAndGet();
        onArticle.accept(new Outcome(a.source(), a.key(), iri, Status.UNCHANGED, 0));
        continue;
      }
      try {
        Document d = new Document(a);
        pipeline.process(d);
        if (!extractor.lexicons().containsKey(d.lang())) {
          problems.warning(a.source(), "language '" + d.lang() + "' is not one irkg reads ("
              + String.join(", ", new java.util.TreeSet<>(extractor.lexicons().keySet())) + "): stored without facts");
        }
        HandOff.put(out, new Result(d, hash, pending.story(), pending.copyOf(), before == null), failure);
      } catch (RuntimeException | StackOverflowError e) {
        // one article's failure (a bug met on hostile text) is reported; the worker goes on, so
        // the reader never waits forever for a worker that died
        failed.incrementAndGet();
        problems.error(a.source(), "extraction failed: " + e);
        onArticle.accept(new Outcome(a.source(), a.key(), iri, Status.FAILED, 0));
      }
    }
  }

  private void write(BlockingQueue<Object> out, Tdb2Store store, FactMapper mapper,
      AtomicReference<RuntimeException> failure, AtomicInteger articles, AtomicInteger facts, AtomicLong tokens,
      AtomicLong storeNanos, long t0) {
    List<Result> batch = new ArrayList<>();
    try {
      while (true) {
        Object o = HandOff.take(out);
        if (o != HandOff.END) {
          Result r = (Result) o;
          batch.add(r);
          facts.addAndGet(r.doc().facts().size());
          r.doc().sentences().forEach(s -> tokens.addAndGet(s.size()));
        }
        if (batch.size() >= batchSize || o == HandOff.END && !batch.isEmpty()) {
          long t = System.nanoTime();
          flush(batch, store, mapper);
          storeNanos.addAndGet(System.nanoTime() - t);
          articles.addAndGet(batch.size());
          batch.clear();
          if (o != HandOff.END) {
            progress.accept(new Progress(articles.get(), reader.bytesRead(), totalBytes.get(), System.nanoTime() - t0, false));
          }
        }
        if (o == HandOff.END) {
          return;
        }
      }
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /** The bulk path: every article streamed into one bulk-loader transaction. */
  private void writeBulk(BlockingQueue<Object> out, Tdb2Store store, FactMapper mapper,
      AtomicReference<RuntimeException> failure, AtomicInteger articles, AtomicInteger facts, AtomicLong tokens,
      AtomicLong storeNanos) {
    List<String> graphs = new ArrayList<>();
    long t = System.nanoTime();
    try {
      store.bulkLoad(sink -> {
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (true) {
          Object o = HandOff.take(out);
          if (o == HandOff.END) {
            return;
          }
          Result r = (Result) o;
          String g = FactMapper.graphOf(r.doc().article());
          if (!seen.add(g)) {
            continue; // the same article twice in one run: the first one read stays
          }
          mapper.write(r.doc(), sink);
          FactMapper.writeContentHash(r.doc().article(), r.hash(), sink);
          FactMapper.writeStory(r.doc().article(), r.story(), r.copyOf(), sink);
          graphs.add(g);
          stored.stored(g, r.hash(), r.wasNew());
          articles.incrementAndGet();
          facts.addAndGet(r.doc().facts().size());
          r.doc().sentences().forEach(sn -> tokens.addAndGet(sn.size()));
        }
      });
      storeNanos.addAndGet(System.nanoTime() - t);
      graphs.add(Ids.CLAIMS_GRAPH);
      onCommit.accept(graphs);
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  private void flush(List<Result> batch, Tdb2Store store, FactMapper mapper) {
    // one article twice in a batch (the same id in two files): the last one read wins
    Map<String, Result> byGraph = new java.util.LinkedHashMap<>();
    batch.forEach(r -> byGraph.put(FactMapper.graphOf(r.doc().article()), r));
    List<String> graphs = List.copyOf(byGraph.keySet());
    store.replaceGraphs(graphs, sink -> byGraph.values().forEach(r -> {
      mapper.write(r.doc(), sink);
      FactMapper.writeContentHash(r.doc().article(), r.hash(), sink);
      FactMapper.writeStory(r.doc().article(), r.story(), r.copyOf(), sink);
    }));
    // every article of the commit counted before anyone hears of one: a count asked for first now reads the store
    byGraph.forEach((g, r) -> stored.stored(g, r.hash(), r.wasNew()));
    byGraph.forEach((g, r) -> {
      Article a = r.doc().article();
      onArticle.accept(new Outcome(a.source(), a.key(), g, Status.STORED, r.doc().facts().size()));
    });
    List<String> changed = new ArrayList<>(graphs);
    changed.add(Ids.CLAIMS_GRAPH); // the write changed the claims of these articles too
    onCommit.accept(changed);
  }

  private static long sizeOf(Path f) {
    try {
      return java.nio.file.Files.size(f);
    } catch (java.io.IOException e) {
      return 0; // reported when it is read
    }
  }

  /** Rewrites the gazetteer and ontology graphs when they changed (see {@link BackgroundGraphs}). */
  public void refreshBackground(Tdb2Store store) {
    BackgroundGraphs.refresh(extractor, store);
    onCommit.accept(List.of(Ids.GAZETTEER_GRAPH)); // a follower may not have it yet, changed or not
  }
}
