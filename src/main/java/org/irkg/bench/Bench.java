package org.irkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.irkg.app.IngestJob;
import org.irkg.app.QuadLoader;
import org.irkg.ingest.ArticleReader;
import org.irkg.pipeline.Extractor;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;

/**
 * The benchmark behind {@code irkg bench}: a whole ingest of a generated corpus (articles/s,
 * tokens/s, quads/s, peak heap, time per stage), then the same N-Quads loaded three ways side by
 * side (irkg's batched transactions, irkg's bulk path, Jena's bulk loader as tdb2.tdbloader runs
 * it), then the median latency of every query of queries/. Figures are printed with the baseline
 * run in the same process, since machines are noisy.
 */
public final class Bench {
  /** The benchmark's settings. */
  public record Options(int articles, int threads, Path seeds, Path queries, Path dir, int queryRuns, int replay, Path peer,
      int peerArticles, int loadSeconds) {}

  private final Options o;
  private final PrintWriter out;

  public Bench(Options options, PrintWriter out) {
    this.o = options;
    this.out = out;
  }

  public void run() throws IOException {
    Extractor extractor = Extractor.load();
    long t0 = System.nanoTime();
    VariedCorpus varied = VariedCorpus.of(o.seeds(), extractor);
    Path corpus = varied.write(0, o.articles(), o.dir().resolve("corpus.jsonl"));
    double made = (System.nanoTime() - t0) / 1e9;
    Path kg = fresh(o.dir().resolve("kg"));
    out.printf("irkg bench: %d articles from %s (their actors swapped and dates moved, made in %.1f s), %d threads, %d cores,"
        + " max heap %d MB%n", o.articles(), o.seeds(), made, o.threads(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();

    IngestJob.Summary s;
    long quads;
    long peakHeap;
    try (HeapWatch heap = new HeapWatch(); Tdb2Store st = Tdb2Store.open(kg)) {
      s = new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), IngestJob.DEFAULT_BATCH).threads(o.threads())
          .run(List.of(corpus), st, Problems.printing(out));
      quads = st.size();
      peakHeap = heap.peak();
    }
    double secs = s.wallNanos() / 1e9;
    out.printf("%nwhole ingest (read, NLP, facts, write to TDB2)%n");
    out.printf("  %-26s %10.1f%n", "articles/s", s.articles() / secs);
    out.printf("  %-26s %10.0f%n", "tokens/s", s.tokens() / secs);
    out.printf("  %-26s %10.0f%n", "quads/s", quads / secs);
    out.printf("  %-26s %10.1f s (%d articles, %d tokens, %d facts, %d quads)%n", "wall time", secs,
        s.articles(), s.tokens(), s.facts(), quads);
    out.printf("  %-26s %10d MB%n", "peak heap", peakHeap >> 20);
    out.printf("%neach stage alone (time summed over threads; rate of one thread)%n");
    out.printf("  %-26s %10s %12s %12s%n", "stage", "seconds", "articles/s", "tokens/s");
    List<Map.Entry<String, Long>> stages = new ArrayList<>(s.stageNanos().entrySet());
    stages.add(Map.entry("store writer (TDB2)", s.storeNanos()));
    for (Map.Entry<String, Long> e : stages) {
      double t = e.getValue() / 1e9;
      out.printf("  %-26s %10.2f %12.1f %12.0f%n", e.getKey(), t, s.articles() / t, s.tokens() / t);
    }
    out.flush();

    loaders(kg);
    queries(kg, o.articles());
    if (o.replay() > 0) {
      Path big = fresh(o.dir().resolve("kg-replay"));
      Tdb2Store.BulkLoad n;
      long replayHeap;
      long replayLive;
      try (HeapWatch heap = new HeapWatch()) {
        n = Replay.build(kg, big, o.replay());
        replayHeap = heap.peak();
        replayLive = heap.live();
      }
      out.printf("%nreplayed the corpus's graphs as %d articles (states and organisations drawn again, people from a pool"
          + " of %d): %d quads in %.1f s (bulk loader), claims graph built in %.1f s; peak heap %d MB of %d MB, at most %d MB"
          + " live after a full collection%n", o.replay(), VariedCorpus.PEOPLE, n.quads(), n.loadNanos() / 1e9, n.claimsNanos() / 1e9,
          replayHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, replayLive >> 20);
      queries(big, o.replay());
      if (o.loadSeconds() > 0) {
        try (Tdb2Store st = Tdb2Store.open(big)) {
          EndpointLoad.run(st, o.queries(), LOAD_CLIENTS, java.time.Duration.ofSeconds(o.loadSeconds()), out);
        }
      }
      // new articles into the large store, against the same articles' rate into an empty one
      Path more = varied.write(o.articles(), NEW_ARTICLES, o.dir().resolve("new.jsonl"));
      double empty = ingestRate(extractor, more, fresh(o.dir().resolve("kg-empty")));
      double full = ingestRate(extractor, more, big);
      out.printf("%ningest of %d new articles: %.1f articles/s into an empty store, %.1f articles/s into the store of %d"
          + " (%.2fx)%n", NEW_ARTICLES, empty, full, o.replay(), full / empty);
    }
    if (o.peer() != null) {
      PeerComparison.run(o.peer(), o.peerArticles(), out);
    }
    out.flush();
  }

  private static final int NEW_ARTICLES = 1000;
  private static final int LOAD_CLIENTS = 32;

  private double ingestRate(Extractor extractor, Path corpus, Path kg) {
    try (Tdb2Store st = Tdb2Store.open(kg)) {
      IngestJob.Summary s = new IngestJob(extractor, new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), IngestJob.DEFAULT_BATCH)
          .threads(o.threads()).run(List.of(corpus), st, Problems.printing(out));
      return s.articles() / (s.wallNanos() / 1e9);
    }
  }

  /** The same N-Quads through irkg's batches, irkg's bulk path and Jena's own bulk loader. */
  private void loaders(Path kg) throws IOException {
    Path nq = o.dir().resolve("bench.nq");
    try (Tdb2Store st = Tdb2Store.open(kg); OutputStream os = Files.newOutputStream(nq)) {
      st.export(os, "nq");
    }
    // three rounds, the loaders interleaved, medians reported: one round alone moved ratios by 2x
    List<Long> jena = new ArrayList<>();
    List<Long> bulkLoad = new ArrayList<>();
    List<Long> bulkClaims = new ArrayList<>();
    List<Long> batches = new ArrayList<>();
    long quads = 0;
    for (int round = 0; round < LOADER_ROUNDS; round++) {
      var ds = TDB2Factory.connectDataset(fresh(o.dir().resolve("kg-jena")).toString());
      long t = System.nanoTime();
      DataLoader loader = LoaderFactory.createLoader(ds.asDatasetGraph(), (fmt, args) -> { });
      loader.startBulk();
      loader.load(nq.toString());
      loader.finishBulk();
      jena.add(System.nanoTime() - t);
      quads = loader.countQuads();
      org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());

      try (Tdb2Store st = Tdb2Store.open(fresh(o.dir().resolve("kg-bulk")))) {
        Tdb2Store.BulkLoad b = st.bulkLoad(sink -> parse(nq, sink));
        bulkLoad.add(b.loadNanos());
        bulkClaims.add(b.loadNanos() + b.claimsNanos());
      }
      try (Tdb2Store st = Tdb2Store.open(fresh(o.dir().resolve("kg-batches")))) {
        t = System.nanoTime();
        new QuadLoader(IngestJob.DEFAULT_BATCH).loadInBatches(nq, st);
        batches.add(System.nanoTime() - t);
      }
    }
    long base = median(jena);
    out.printf("%nloading the same %d quads into an empty TDB2 store (median of %d interleaved rounds)%n", quads, LOADER_ROUNDS);
    out.printf("  %-46s %12s %14s%n", "", "quads/s", "vs tdbloader");
    row("Jena bulk loader (tdb2.tdbloader)", quads, base, base);
    row("irkg bulk path (irkg load, ingest --bulk)", quads, median(bulkLoad), base);
    row("  the same, claims graph built too", quads, median(bulkClaims), base);
    row("irkg batches (" + IngestJob.DEFAULT_BATCH + " articles/txn, claims kept)", quads, median(batches), base);
  }

  private static final int LOADER_ROUNDS = 3;

  private static long median(List<Long> xs) {
    List<Long> sorted = new ArrayList<>(xs);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private void row(String name, long quads, long nanos, long baseline) {
    out.printf("  %-46s %12.0f %13.2fx%n", name, quads / (nanos / 1e9), (double) baseline / nanos);
  }

  private static void parse(Path nq, StreamRDF sink) {
    RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        sink.quad(q);
      }
    });
  }

  /** Median latency of each query of queries/ on the benchmark store. */
  private void queries(Path kg, int articles) throws IOException {
    List<Path> rqs;
    try (Stream<Path> files = Files.list(o.queries())) {
      rqs = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    try (Tdb2Store st = Tdb2Store.open(kg)) {
      int claims = st.select("SELECT (COUNT(*) AS ?n) { GRAPH <" + org.irkg.doc.Ids.CLAIMS_GRAPH + "> { ?c a <"
          + org.irkg.rdf.Vocab.IR + "Claim> } }", null).next().getLiteral("n").getInt();
      out.printf("%nquery latency on a store of %d articles, %d distinct facts in its claims graph (%d runs after one"
          + " warm-up: median and p99, the p99 being the slowest run when there are fewer than 100)%n", articles, claims,
          o.queryRuns());
      // the actor a user asks about most: the one most articles mention
      var top = st.select("PREFIX ir: <" + org.irkg.rdf.Vocab.IR + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
          + " SELECT ?label { { SELECT ?x (COUNT(*) AS ?n) { GRAPH ?g { ?g ir:mentions ?x } } GROUP BY ?x ORDER BY DESC(?n)"
          + " LIMIT 1 } ?x rdfs:label ?label FILTER(LANG(?label) = \"en\") } LIMIT 1", null);
      String name = top.hasNext() ? top.next().getLiteral("label").getLexicalForm() : null;
      org.apache.jena.query.QuerySolutionMap b = new org.apache.jena.query.QuerySolutionMap();
      if (name != null) {
        b.add("name", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(name));
      }
      for (Path q : rqs) {
        String text = Files.readString(q, StandardCharsets.UTF_8);
        String file = q.getFileName().toString();
        // as shipped (a listing of every fact of its kind; actor-profile of NATO), then narrowed to that actor
        time(st, file, text, null);
        if (name != null && text.contains("?name")) {
          time(st, file + " --param name=" + name, text, b);
        }
      }
    }
  }

  private void time(Tdb2Store st, String label, String text, org.apache.jena.query.QuerySolutionMap bindings) {
    long w = System.nanoTime();
    long rows = st.countRows(text, bindings);
    long warm = System.nanoTime() - w;
    // a query slower than SLOW in its warm-up is run once more, not queryRuns times: at a million
    // articles a listing of every fact takes minutes, and its median would not change the verdict
    int runs = warm > SLOW_NANOS ? 1 : o.queryRuns();
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      rows = st.countRows(text, bindings);
      times.add(System.nanoTime() - t);
    }
    Collections.sort(times);
    long p99 = EndpointLoad.pct(times, 0.99);
    out.printf("  %-52s %9.1f ms  p99 %9.1f ms  (%d rows%s)%n", label, times.get(times.size() / 2) / 1e6, p99 / 1e6, rows,
        runs == 1 ? ", 1 run: the warm-up took over " + SLOW_NANOS / 1_000_000_000 + " s" : "");
    out.flush();
  }

  private static final long SLOW_NANOS = 5_000_000_000L;

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return dir;
  }
}
