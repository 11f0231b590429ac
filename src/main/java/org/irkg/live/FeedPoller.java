package org.irkg.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.irkg.doc.Article;
import org.irkg.ingest.FeedReader;
import org.irkg.pipeline.Problems;

/**
 * Polls feeds every few minutes and hands their new items to the live writer. Each feed is polled
 * on its own schedule; a feed that fails (unreachable, broken XML) is reported on the log and
 * polled again next time, and never stops the server. Whether an item is stored is asked of the
 * store, so a restart neither fetches nor stores an item twice.
 */
public final class FeedPoller implements AutoCloseable {
  private final List<String> feeds;
  private final Duration every;
  private final FeedReader reader;
  private final LiveWriter writer;
  private final StoredItems stored;
  private final Consumer<String> log;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "irkg-feed-poller");
    t.setDaemon(true);
    return t;
  });

  public FeedPoller(List<String> feeds, Duration every, FeedReader reader, LiveWriter writer, StoredItems stored,
      Consumer<String> log) {
    this.feeds = List.copyOf(feeds);
    this.every = every;
    this.reader = reader;
    this.writer = writer;
    this.stored = stored;
    this.log = log;
  }

  /** Starts polling: every feed at once, then every period after each poll ends. */
  public FeedPoller start() {
    timer.scheduleWithFixedDelay(this::pollAll, 0, Math.max(1, every.toMillis()), TimeUnit.MILLISECONDS);
    return this;
  }

  void pollAll() {
    for (String feed : feeds) {
      try {
        poll(feed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.accept("error: " + feed + ": feed not ingested (" + e.getMessage() + "); tried again in " + every.toSeconds() + " s");
      }
    }
  }

  /** One poll of one feed; returns the articles stored. */
  long poll(String feed) throws InterruptedException {
    Problems problems = new Problems() {
      @Override
      public void warning(String where, String message) {
        log.accept("warning: " + where + ": " + message);
      }

      @Override
      public void error(String where, String message) {
        log.accept("error: " + where + ": " + message);
      }
    };
    List<Article> fresh = reader.read(feed, stored::contains, problems);
    if (fresh.isEmpty()) {
      return 0;
    }
    LiveWriter.Result r = writer.ingest(fresh);
    log.accept(feed + ": " + r.stored() + " new " + (r.stored() == 1 ? "article" : "articles") + " stored");
    return r.stored();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
