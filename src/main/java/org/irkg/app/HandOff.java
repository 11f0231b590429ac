package org.irkg.app;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** How an ingest's reader, workers and writer pass work along bounded queues, and stop. */
final class HandOff {
  /** Put on a queue after the last item: who takes it stops. */
  static final Object END = new Object();

  private HandOff() {}

  /** Waits for room, unless the writer failed: then what it would have written is dropped (END still goes). */
  static void put(BlockingQueue<Object> q, Object o, AtomicReference<RuntimeException> failure) {
    try {
      while (!q.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (failure.get() != null && o != END) {
          return; // the writer failed: stop feeding it
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The next item, or END when the thread is interrupted. */
  static Object take(BlockingQueue<Object> q) {
    try {
      return q.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return END;
    }
  }

  static void join(List<Thread> ts) {
    for (Thread t : ts) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
