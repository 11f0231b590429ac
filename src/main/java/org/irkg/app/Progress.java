package org.irkg.app;

/**
 * How far an ingest is: articles stored, input bytes read of the total, time since it started.
 * The ETA comes from the bytes (known before the articles are), so a single large JSON Lines file
 * has one too.
 */
public record Progress(int articles, long bytesRead, long bytesTotal, long elapsedNanos, boolean done) {
  public double articlesPerSecond() {
    return elapsedNanos <= 0 ? 0 : articles / (elapsedNanos / 1e9);
  }

  /** The share of the input read, 0 to 1. */
  public double fraction() {
    return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesRead / bytesTotal);
  }

  /** Seconds left at the pace so far, or -1 before there is a pace to go by. */
  public long etaSeconds() {
    double f = fraction();
    if (f <= 0 || elapsedNanos <= 0) {
      return -1;
    }
    return Math.round(elapsedNanos / 1e9 * (1 - f) / f);
  }

  /** "1h02m", "3m05s", "12s". */
  public static String duration(long seconds) {
    if (seconds < 0) {
      return "?";
    }
    if (seconds >= 3600) {
      return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  /** A plain log line: "ingested 1200 articles, 301.2 articles/s, 37% read, ETA 1m05s". */
  public String logLine() {
    return String.format("ingested %d articles, %.1f articles/s, %d%% read, ETA %s", articles, articlesPerSecond(),
        Math.round(fraction() * 100), duration(etaSeconds()));
  }

  /** A progress bar for a terminal, {@code width} characters of bar. */
  public String bar(int width) {
    int filled = (int) Math.round(fraction() * width);
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + String.format("%3d%% %,d articles %.0f/s ETA %s",
        Math.round(fraction() * 100), articles, articlesPerSecond(), duration(etaSeconds()));
  }
}
