package org.irkg.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.irkg.ingest.ArticleFiles;
import org.irkg.pipeline.Problems;

/**
 * Ingests the article files of a folder as they land or change. The folder is scanned every few
 * seconds (a scan works the same on every file system, where change notifications do not); a file
 * is read once its size and modification time have stayed the same over one scan and it is at
 * least a scan old, so a file still being written is not read half-way. Files are known by their
 * path below the folder, as {@code irkg ingest FOLDER} knows them, so both give the same articles.
 */
public final class FolderWatch implements AutoCloseable {
  /** What a file looked like at a scan. */
  private record Stamp(long size, long modified) {}

  private final Path dir;
  private final Duration every;
  private final LiveWriter writer;
  private final Consumer<String> log;
  private final Map<Path, Stamp> lastScan = new HashMap<>();
  private final Map<Path, Stamp> ingested = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "irkg-folder-watch");
    t.setDaemon(true);
    return t;
  });

  public FolderWatch(Path dir, Duration every, LiveWriter writer, Consumer<String> log) {
    this.dir = dir;
    this.every = every;
    this.writer = writer;
    this.log = log;
  }

  public FolderWatch start() {
    timer.scheduleWithFixedDelay(this::scanQuietly, 0, Math.max(1, every.toMillis()), TimeUnit.MILLISECONDS);
    return this;
  }

  private void scanQuietly() {
    try {
      scan();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.accept("error: " + dir + ": watch scan failed (" + e.getMessage() + "); tried again in " + every.toSeconds() + " s");
    }
  }

  /** One scan: the files that settled since the last one are ingested; returns how many were submitted. */
  int scan() throws InterruptedException {
    Problems quiet = new Problems() {
      @Override
      public void warning(String where, String message) { }

      @Override
      public void error(String where, String message) {
        log.accept("error: " + where + ": " + message);
      }
    };
    long now = System.currentTimeMillis();
    List<ArticleFiles.Input> ready = new ArrayList<>();
    Map<Path, Stamp> seen = new HashMap<>();
    for (ArticleFiles.Input in : ArticleFiles.list(List.of(dir), quiet).inputs()) {
      Stamp s = stamp(in.path());
      if (s == null) {
        continue; // gone since the listing
      }
      seen.put(in.path(), s);
      boolean settled = s.equals(lastScan.get(in.path())) && now - s.modified() >= every.toMillis();
      if (settled && !s.equals(ingested.get(in.path()))) {
        ready.add(in);
      }
    }
    lastScan.clear();
    lastScan.putAll(seen);
    ingested.keySet().retainAll(seen.keySet());
    if (ready.isEmpty()) {
      return 0;
    }
    LiveWriter.Result r = LiveWriter.await(writer.submitFiles(ready));
    // a file that failed is tried again only when it changes: the log has said why
    ready.forEach(in -> ingested.put(in.path(), seen.get(in.path())));
    log.accept(dir + ": " + ready.size() + (ready.size() == 1 ? " file" : " files") + " read, " + r.stored() + " stored"
        + (r.errors() > 0 ? ", " + r.errors() + " errors" : ""));
    return ready.size();
  }

  private static Stamp stamp(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return new Stamp(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
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
