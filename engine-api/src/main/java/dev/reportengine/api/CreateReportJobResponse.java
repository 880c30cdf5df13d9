package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The body of a {@code 202} answer to {@code POST /v1/reports/jobs}.
 *
 * @param jobId {@code jobId}
 * @param status {@code status}: only {@link JobStatus#QUEUED} or {@link JobStatus#RUNNING}
 * @param stage {@code stage}, when the job has started one
 * @param estimatedWaitSec {@code estimatedWaitSec}, the engine's estimate of the wait before the
 *     job starts
 */
public record CreateReportJobResponse(
    String jobId, JobStatus status, Optional<JobStage> stage, OptionalDouble estimatedWaitSec) {

  /** Requires a job id and a non-terminal status. */
  public CreateReportJobResponse {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(estimatedWaitSec, "estimatedWaitSec");
    if (status != JobStatus.QUEUED && status != JobStatus.RUNNING) {
      throw new IllegalArgumentException("a create response says queued or running, got " + status);
    }
  }
}
