package dev.reportengine.api.spi;

import dev.reportengine.api.JobEvent;
import java.util.List;

/**
 * A job's event history kept in the store, which a {@link ReportStore} shared by several engines
 * (see {@link JobClaims}) may also implement, so that a job's events can be read on any engine, not
 * only on the one that runs it. When the engine's store implements it, the engine that submits a
 * job saves its queued event, and the engine that holds the job's claim saves every later event
 * (running, each stage, the terminal one) before the snapshot that goes with it; a handle for the
 * job on any engine then replays that history. Saving an event is best effort: a failure is logged
 * and the job goes on, since the job's snapshot, not its history, is what the engine relies on.
 * Implementations must be thread-safe.
 */
public interface SharedEvents {

  /** Saves an event after the job's events saved before it. */
  void saveEvent(JobEvent event);

  /**
   * Saves an event of a job that {@code owner} holds (see {@link JobClaims}); false, and nothing
   * saved, when it no longer holds it.
   */
  boolean saveClaimedEvent(JobEvent event, String owner);

  /** The saved events of a job, in the order they were saved; empty when there are none. */
  List<JobEvent> events(String jobId);
}
