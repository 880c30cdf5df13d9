package dev.reportengine.core.internal.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The jobs waiting for a worker, oldest first, bounded by a count. A job leaves it when a worker
 * takes it, or at once when it is canceled or times out. Thread-safe.
 */
final class JobQueue {

  private final int capacity;
  private final LinkedHashMap<String, Job> waiting = new LinkedHashMap<>();
  private int count;

  JobQueue(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Reserves a place unless the queue is full; returns how many jobs wait ahead, or -1. The caller
   * then {@linkplain #add adds} its job or {@linkplain #release releases} the place.
   */
  synchronized int reserve() {
    if (count >= capacity) {
      return -1;
    }
    return count++;
  }

  /**
   * Reserves {@code places} places at once unless fewer are free; returns how many jobs wait ahead
   * of the first, or -1 (and nothing reserved).
   */
  synchronized int reserve(int places) {
    if (places > capacity - count) {
      return -1;
    }
    int ahead = count;
    count += places;
    return ahead;
  }

  /** Fills a reserved place. */
  synchronized void add(Job job) {
    waiting.put(job.jobId(), job);
  }

  /** Gives back a reserved place that was not filled. */
  synchronized void release() {
    count--;
  }

  /** Adds a job whatever the bound: a job accepted before a restart. */
  synchronized void restore(Job job) {
    waiting.put(job.jobId(), job);
    count++;
  }

  /** Takes the oldest job. */
  synchronized Optional<Job> poll() {
    Iterator<Job> first = waiting.values().iterator();
    if (!first.hasNext()) {
      return Optional.empty();
    }
    Job job = first.next();
    first.remove();
    count--;
    return Optional.of(job);
  }

  synchronized void remove(Job job) {
    if (waiting.remove(job.jobId(), job)) {
      count--;
    }
  }

  /** Empties the queue and returns what waited, oldest first. */
  synchronized List<Job> drain() {
    List<Job> all = new ArrayList<>(waiting.values());
    count -= all.size();
    waiting.clear();
    return all;
  }

  /** Jobs waiting, including reserved places. */
  synchronized int size() {
    return count;
  }
}
