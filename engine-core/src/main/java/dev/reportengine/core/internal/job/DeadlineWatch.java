package dev.reportengine.core.internal.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The deadlines of the jobs that have not ended, earliest first, so a periodic sweep finds the
 * expired ones without looking at the others. Thread-safe.
 */
final class DeadlineWatch {

  private record Entry(Instant deadline, long seq, Job job) {}

  private final ConcurrentSkipListSet<Entry> entries =
      new ConcurrentSkipListSet<>(
          Comparator.comparing(Entry::deadline).thenComparingLong(Entry::seq));
  private final Map<Job, Entry> byJob = new ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong();

  void watch(Job job) {
    Entry entry = new Entry(job.deadline(), seq.incrementAndGet(), job);
    byJob.put(job, entry);
    entries.add(entry);
  }

  void forget(Job job) {
    Entry entry = byJob.remove(job);
    if (entry != null) {
      entries.remove(entry);
    }
  }

  /** Removes and returns the jobs whose deadline is before {@code now}. */
  List<Job> expired(Instant now) {
    List<Job> out = new ArrayList<>();
    for (Entry entry : entries) {
      if (!now.isAfter(entry.deadline())) {
        break;
      }
      if (entries.remove(entry)) {
        byJob.remove(entry.job(), entry);
        out.add(entry.job());
      }
    }
    return out;
  }
}
