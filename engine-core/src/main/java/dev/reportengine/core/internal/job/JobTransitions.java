package dev.reportengine.core.internal.job;

import dev.reportengine.api.JobStatus;

/**
 * The job lifecycle as one table: {@code queued → running → succeeded | failed | canceled}; a
 * queued job may also end without running (canceled, or failed when its deadline passes first).
 */
final class JobTransitions {

  private JobTransitions() {}

  /** Whether a job may go from {@code from} to {@code to}. */
  static boolean allowed(JobStatus from, JobStatus to) {
    return switch (from) {
      case QUEUED ->
          switch (to) {
            case RUNNING, FAILED, CANCELED -> true;
            case QUEUED, SUCCEEDED -> false;
          };
      case RUNNING ->
          switch (to) {
            case SUCCEEDED, FAILED, CANCELED -> true;
            case QUEUED, RUNNING -> false;
          };
      case SUCCEEDED, FAILED, CANCELED -> false;
    };
  }

  /**
   * Checks a transition.
   *
   * @throws IllegalJobTransitionException naming the job, from and to, when it is not allowed
   */
  static void check(String jobId, JobStatus from, JobStatus to) {
    if (!allowed(from, to)) {
      throw new IllegalJobTransitionException(jobId, from, to);
    }
  }
}
