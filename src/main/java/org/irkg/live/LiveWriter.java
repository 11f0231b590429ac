package org.irkg.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.irkg.app.IngestJob;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleFiles;
import org.irkg.pipeline.Problems;
import org.irkg.store.Tdb2Store;

/**
 * The one writer of a served store: POSTed articles, watched files and feed items queue here and
 * are ingested one run after another by the same {@link IngestJob} as {@code irkg ingest} (its
 * batches, its transactions, its skip of unchanged articles), while the server's readers query
 * snapshots of the store. Each run's outcome per article and its problems come back to whoever
 * submitted it; the store's version counts the commits that changed it, for ETags.
 */
public final class LiveWriter implements AutoCloseable {
  /** A problem met in one run: "error" or "warning", where, why. */
  public record Problem(String severity, String where, String message) {}

  /** What one submission did: each article's outcome, the problems, the run's summary (null if nothing ran). */
  public record Result(List<IngestJob.Outcome> outcomes, List<Problem> problems, IngestJob.Summary summary) {
    public long errors() {
      return problems.stream().filter(p -> p.severity().equals("error")).count();
    }

    public long stored() {
      return outcomes.stream().filter(o -> o.status() == IngestJob.Status.STORED).count();
    }
  }

  private final Tdb2Store store;
  private final IngestJob job;
  private final Consumer<String> log;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "irkg-live-writer");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong version = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong arrived = new AtomicLong();
  private volatile Instant lastUpdate;
  /** The outcomes of the run under way (runs are one at a time, on the writer thread). */
  private volatile List<IngestJob.Outcome> current;

  /**
   * @param log where each problem is printed as one line (the server's log)
   */
  public LiveWriter(Tdb2Store store, IngestJob job, Consumer<String> log) {
    this.store = store;
    this.log = log;
    this.job = job.keepState().onArticle(o -> {
      if (o.status() == IngestJob.Status.STORED) {
        committed(); // heard after its batch commits: status.json and the ETags follow each commit
      }
      List<IngestJob.Outcome> c = current;
      if (c != null) {
        synchronized (c) {
          c.add(o);
        }
      }
    });
    this.articles.set(store.articleCount());
  }

  /** Queues articles already read (a request's body, feed items). */
  public Future<Result> submitArticles(List<Article> batch) {
    return thread.submit(() -> run(p -> job.runArticles(batch, store, p)));
  }

  /** Queues files, each known by its name (a watched folder's relative path). */
  public Future<Result> submitFiles(List<ArticleFiles.Input> files) {
    return thread.submit(() -> run(p -> job.runInputs(files, store, p)));
  }

  /** Submits and waits; a failure of the store comes back as an exception with its message. */
  public Result ingest(List<Article> batch) throws InterruptedException {
    return await(submitArticles(batch));
  }

  /** Waits for a submission's result. */
  public static Result await(Future<Result> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
    }
  }

  private Result run(java.util.function.Function<Problems, IngestJob.Summary> work) {
    List<Problem> problems = new ArrayList<>();
    Problems collect = new Problems() {
      @Override
      public void warning(String where, String message) {
        add("warning", where, message);
      }

      @Override
      public void error(String where, String message) {
        add("error", where, message);
      }

      private void add(String severity, String where, String message) {
        synchronized (problems) {
          problems.add(new Problem(severity, where, message));
        }
        log.accept(severity + ": " + where + ": " + message);
      }
    };
    List<IngestJob.Outcome> outcomes = new ArrayList<>();
    current = outcomes;
    try {
      IngestJob.Summary s = work.apply(collect);
      return new Result(List.copyOf(outcomes), List.copyOf(problems), s);
    } finally {
      current = null;
    }
  }

  private void committed() {
    long n = job.storedCount();
    long before = articles.getAndSet(n);
    arrived.addAndGet(Math.max(0, n - before));
    lastUpdate = Instant.now();
    version.incrementAndGet();
  }

  /** Counts the commits that changed the store since the server started: an ETag's content. */
  public long version() {
    return version.get();
  }

  /** Articles in the store. */
  public long articles() {
    return articles.get();
  }

  /** New articles (not replacements) stored since the server started. */
  public long arrived() {
    return arrived.get();
  }

  /** When a run last changed the store, or null. */
  public Instant lastUpdate() {
    return lastUpdate;
  }

  /** Lets the run under way finish (its batch commits), refuses new ones. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
