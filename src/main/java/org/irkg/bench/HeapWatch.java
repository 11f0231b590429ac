package org.irkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at one time while it is open. The heap is fullest just before a
 * collection, so each collection's "before" figure (summed over the pools at that instant) is
 * read from the JVM's GC notifications, and the heap in use when it closes is read too. Summing
 * each pool's own peak instead over-counts: the pools peak at different times (that sum showed
 * 1.4 GB under -Xmx1g).
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final Set<String> heapPools = new HashSet<>();

  HeapWatch() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    System.gc();
    record(used());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        emitters.add(e);
      }
    }
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    record(heapSum(info.getGcInfo().getMemoryUsageBeforeGc()));
    if (info.getGcAction().contains("major")) { // after a young collection the old generation still holds garbage
      live.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }
  }

  private long heapSum(java.util.Map<String, java.lang.management.MemoryUsage> pools) {
    long sum = 0;
    for (var e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) { // the map holds the non-heap pools too (metaspace, code cache)
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }

  /**
   * The most the heap held just after a full (major) collection, in bytes: what the work needed
   * (the peak before a collection is as high as the collector lets garbage pile up, near -Xmx by
   * design); 0 when no full collection ran.
   */
  long live() {
    return live.get();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void record(long bytes) {
    peak.accumulateAndGet(bytes, Math::max);
  }

  /** The peak so far, in bytes. */
  long peak() {
    record(used());
    return peak.get();
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone: nothing to undo
      }
    }
  }
}
