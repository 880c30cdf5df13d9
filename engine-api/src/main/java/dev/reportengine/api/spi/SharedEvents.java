package dev.reportengine.api.spi;

import dev.reportengine.api.JobEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's event history kept in the store, which a {@link ReportStore} shared by several engines
 * (see {@link JobClaims}) may also implement, so that a job's events can be read on any engine, not
 * only on the one that runs it. When the engine's store implements it, the engine that submits a
 * job saves its queued event, and the engine that holds the job's claim saves every later event,
 * fenced by its claim: those of a job that runs longer than a poll interval with its running
 * snapshot at the next poll interval ({@link
 * JobClaims#saveClaimed(dev.reportengine.api.JobSnapshot, String, List)}), the rest with its
 * terminal snapshot ({@link JobClaims#saveEnding}); a handle for the job on any engine replays that
 * history, and one with a subscriber reads what was saved since, once per poll interval ({@link
 * #eventsAfter}). Saving an event is best effort: a failure is logged and the job goes on, since
 * the job's snapshot, not its history, is what the engine relies on. Implementations must be
 * thread-safe.
 */
public interface SharedEvents {

  /** Saves an event after the job's events saved before it. */
  void saveEvent(JobEvent event);

  /**
   * Saves events of one job that {@code owner} holds (see {@link JobClaims}), in order, after the
   * job's events saved before them: all of them, or none (returning false) when it no longer holds
   * the job.
   */
  boolean saveClaimedEvents(List<JobEvent> events, String owner);

  /** The saved events of a job, in the order they were saved; empty when there are none. */
  List<JobEvent> events(String jobId);

  /**
   * For each job of {@code known} (a job id and how many of its events the caller has), the events
   * saved after those, in order; a job with none is left out. What an engine reads, once per poll
   * interval, to publish live the events of jobs that run on other engines. The default reads each
   * job's history with {@link #events}; a store that can read them together should override it.
   */
  default Map<String, List<JobEvent>> eventsAfter(Map<String, Integer> known) {
    Map<String, List<JobEvent>> out = new HashMap<>();
    known.forEach(
        (jobId, count) -> {
          List<JobEvent> all = events(jobId);
          if (all.size() > count) {
            out.put(jobId, List.copyOf(all.subList(count, all.size())));
          }
        });
    return out;
  }
}
