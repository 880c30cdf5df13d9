package dev.reportengine.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change in a job: a new status or a new stage, with the progress at that moment.
 *
 * @param jobId the job
 * @param status its status after the change
 * @param stage its stage after the change, if any
 * @param progress its progress after the change, from 0 to 1
 * @param at when the change happened, by the engine's clock
 */
public record JobEvent(
    String jobId, JobStatus status, Optional<JobStage> stage, double progress, Instant at) {

  /** Requires non-null components. */
  public JobEvent {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(at, "at");
  }
}
