package dev.reportengine.api.spi;

import dev.reportengine.api.JobEvent;
import java.util.List;

/**
 * A job's event history kept in the store, which a {@link ReportStore} shared by several engines
 * (see {@link JobClaims}) may also implement, so that a job's events can be read on any engine, not
 * only on the one that runs it. When the engine's store implements it, the engine that submits a
 * job saves its queued event, and the engine that holds the job's claim saves every later event:
 * the running one at once, the stage events together with the terminal one, in one batch before the
 * terminal snapshot (so another engine sees a running job's stages only once it ends); a handle for
 * the job on any engine then replays that history. Saving an event is best effort: a failure is
 * logged and the job goes on, since the job's snapshot, not its history, is what the engine relies
 * on. Implementations must be thread-safe.
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
}
