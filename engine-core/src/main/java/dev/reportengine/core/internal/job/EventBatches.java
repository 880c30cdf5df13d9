package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of jobs running here on their way to a shared history: a job's first event (running)
 * goes at once, its stage events and its terminal event are held and go with its terminal snapshot
 * ({@link #ending}), in the one statement that saves the job's end. Events of one job arrive one at
 * a time (under the job's lock); jobs are independent.
 */
final class EventBatches {

  private final Map<String, List<JobEvent>> held = new ConcurrentHashMap<>();

  /**
   * The events to save now, given this new event of a job: its first unless terminal, else empty
   * (held until {@link #ending}).
   */
  List<JobEvent> add(JobEvent event) {
    String jobId = event.jobId();
    List<JobEvent> mine = held.get(jobId);
    if (event.status().isTerminal()) {
      held.computeIfAbsent(jobId, id -> new ArrayList<>()).add(event);
      return List.of();
    }
    if (mine == null) {
      held.put(jobId, new ArrayList<>());
      return List.of(event);
    }
    mine.add(event);
    return List.of();
  }

  /** Takes what is held for a job, oldest first: its stage events and its terminal event. */
  List<JobEvent> ending(String jobId) {
    List<JobEvent> mine = held.remove(jobId);
    return mine == null ? List.of() : mine;
  }

  /** Drops what is held for a job that ended without its terminal event saved here. */
  void forget(String jobId) {
    held.remove(jobId);
  }
}
