package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of jobs running here on their way to a shared history: every event of a claimed job
 * (running, stages, terminal) is held, and goes either with the job's running snapshot at the next
 * flush ({@link #flush}, once per poll interval while the job runs) or with its terminal snapshot
 * ({@link #ending}), in the one statement that saves the job's end. Events of one job arrive one at
 * a time, under the job's lock, and are taken under it too; jobs are independent.
 */
final class EventBatches {

  private final Map<String, List<JobEvent>> held = new ConcurrentHashMap<>();

  /** Holds a new event of a job. */
  void add(JobEvent event) {
    held.computeIfAbsent(event.jobId(), id -> new ArrayList<>()).add(event);
  }

  /** Takes what is held for a job that still runs, oldest first. */
  List<JobEvent> flush(String jobId) {
    List<JobEvent> mine = held.remove(jobId);
    return mine == null ? List.of() : mine;
  }

  /** Puts back, before anything held since, the events a failed {@link #flush} took. */
  void restore(String jobId, List<JobEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    held.compute(
        jobId,
        (id, since) -> {
          List<JobEvent> all = new ArrayList<>(events);
          if (since != null) {
            all.addAll(since);
          }
          return all;
        });
  }

  /** Takes what is held for a job, oldest first: the events not flushed, and its terminal one. */
  List<JobEvent> ending(String jobId) {
    return flush(jobId);
  }

  /** Drops what is held for a job that ended without its terminal event saved here. */
  void forget(String jobId) {
    held.remove(jobId);
  }
}
