package org.irkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.irkg.app.IngestJob;
import org.irkg.ingest.ArticleReader;
import org.irkg.ingest.FeedReader;
import org.irkg.ingest.WebFetch;
import org.irkg.live.FeedPoller;
import org.irkg.live.FolderWatch;
import org.irkg.live.LiveWriter;
import org.irkg.live.StoredItems;
import org.irkg.pipeline.Extractor;
import org.irkg.serve.WriteToken;
import org.irkg.store.Tdb2Store;

/** What {@code irkg serve} runs beside the endpoint when it writes: the writer, the watch, the feeds. */
final class LiveSetup implements AutoCloseable {
  /** The environment variable that holds the write token. */
  static final String TOKEN_ENV = "IRKG_TOKEN";

  private final Tdb2Store store;
  private final LiveWriter writer;
  private final long maxBytes;
  private final Consumer<String> log;
  private final List<AutoCloseable> running = new ArrayList<>();

  private LiveSetup(Tdb2Store store, LiveWriter writer, long maxBytes, Consumer<String> log) {
    this.store = store;
    this.writer = writer;
    this.maxBytes = maxBytes;
    this.log = log;
  }

  /** The write token from --token-file, else $IRKG_TOKEN, else null (writes off). Never printed. */
  static WriteToken token(Path file) {
    String secret = secret(file);
    return secret == null ? null : WriteToken.of(secret);
  }

  /** The secret itself (a client sends it), checked as {@link #token} checks it; or null. */
  static String secret(Path file) {
    String secret;
    String from;
    if (file != null) {
      from = file.toString();
      try {
        secret = Files.readString(file);
      } catch (IOException e) {
        throw new UserException("--token-file " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      from = "$" + TOKEN_ENV;
      secret = System.getenv(TOKEN_ENV);
      if (secret == null || secret.isEmpty()) {
        return null;
      }
    }
    try {
      WriteToken.of(secret);
    } catch (IllegalArgumentException e) {
      throw new UserException(from + ": " + e.getMessage());
    }
    return secret.strip();
  }

  static LiveSetup start(Tdb2Store store, int batch, long maxBytes, PrintWriter err) {
    Consumer<String> log = line -> {
      synchronized (err) {
        err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
        err.flush();
      }
    };
    IngestJob job = new IngestJob(Extractor.load(), new ArticleReader(maxBytes), batch);
    return new LiveSetup(store, new LiveWriter(store, job, log), maxBytes, log);
  }

  LiveWriter writer() {
    return writer;
  }

  void watch(Path dir) {
    running.add(new FolderWatch(dir, Duration.ofSeconds(2), writer, log).start());
  }

  void poll(List<String> feeds, Duration every, boolean allowLocal) {
    FeedReader reader = new FeedReader(new WebFetch(WebFetch.Limits.defaults(maxBytes, allowLocal)));
    running.add(new FeedPoller(feeds, every, reader, writer, new StoredItems(store), log).start());
  }

  @Override
  public void close() {
    for (AutoCloseable c : running) {
      try {
        c.close();
      } catch (Exception e) {
        log.accept("warning: " + e.getMessage());
      }
    }
    writer.close();
  }
}
