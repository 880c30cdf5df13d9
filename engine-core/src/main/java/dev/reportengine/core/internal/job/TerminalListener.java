package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;

/**
 * Told once when a job reaches a terminal status (succeeded, failed or canceled), on the thread
 * that ended it and under the job's lock: it must hand work off at once and never block.
 */
@FunctionalInterface
public interface TerminalListener {

  /** A listener that does nothing. */
  TerminalListener NONE = (snapshot, request) -> {};

  /**
   * The job ended.
   *
   * @param snapshot the terminal snapshot
   * @param request the request the job was submitted with
   */
  void jobEnded(JobSnapshot snapshot, CreateReportJobRequest request);
}
