package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of jobs running here on their way to a shared history: a job's first event (running)
 * goes at once, its stage events are held and go with its terminal event, in one batch, so a job
 * costs the store three event writes rather than one per stage. Events of one job arrive one at a
 * time (under the job's lock); jobs are independent.
 */
final class EventBatches {

  private final Map<String, List<JobEvent>> held = new ConcurrentHashMap<>();

  /** The events to save now, given this new event of a job: empty while they are held. */
  List<JobEvent> add(JobEvent event) {
    String jobId = event.jobId();
    if (event.status().isTerminal()) {
      List<JobEvent> batch = new ArrayList<>(held.getOrDefault(jobId, List.of()));
      held.remove(jobId);
      batch.add(event);
      return batch;
    }
    List<JobEvent> mine = held.get(jobId);
    if (mine == null) {
      held.put(jobId, new ArrayList<>());
      return List.of(event);
    }
    mine.add(event);
    return List.of();
  }

  /** Drops what is held for a job that ended without its terminal event saved here. */
  void forget(String jobId) {
    held.remove(jobId);
  }
}
