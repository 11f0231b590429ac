package org.irkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.irkg.app.Progress;

/**
 * Shows an ingest's progress on stderr: on a terminal, one bar redrawn in place twice a second;
 * otherwise (a log, a pipe, CI) a plain line every five seconds.
 */
final class ProgressReport implements Consumer<Progress> {
  private static final int BAR_WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private final long everyNanos;
  private long last = System.nanoTime();
  private boolean drawn;

  ProgressReport(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.everyNanos = terminal ? TimeUnit.MILLISECONDS.toNanos(500) : TimeUnit.SECONDS.toNanos(5);
  }

  @Override
  public synchronized void accept(Progress p) {
    if (p.done()) {
      if (drawn) {
        err.print("\r" + p.bar(BAR_WIDTH) + "\n"); // the final state stays on screen
        err.flush();
      }
      return;
    }
    long now = System.nanoTime();
    if (now - last < everyNanos) {
      return;
    }
    last = now;
    if (terminal) {
      err.print("\r" + p.bar(BAR_WIDTH));
      drawn = true;
    } else {
      err.println(p.logLine());
    }
    err.flush();
  }
}
