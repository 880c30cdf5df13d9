package dev.reportengine.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A job as it is at one moment ({@code GET /v1/jobs/{jobId}}). Immutable; ask the engine again for
 * a newer one.
 *
 * @param jobId {@code jobId}
 * @param status {@code status}
 * @param stage {@code stage}: the stage running now, or the last one reached
 * @param progress {@code progress}, from 0 to 1
 * @param createdAt {@code createdAt}
 * @param startedAt {@code startedAt}, once running
 * @param finishedAt {@code finishedAt}, once terminal
 * @param estimatedWaitSec {@code estimatedWaitSec}, while queued
 * @param reportId {@code reportId}, on success
 * @param error {@code error}, on failure or cancellation
 */
public record JobSnapshot(
    String jobId,
    JobStatus status,
    Optional<JobStage> stage,
    double progress,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    OptionalDouble estimatedWaitSec,
    Optional<String> reportId,
    Optional<JobError> error) {

  /** Requires non-null components and a progress in 0..1. */
  public JobSnapshot {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(estimatedWaitSec, "estimatedWaitSec");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(error, "error");
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("progress must be in 0..1, got " + progress);
    }
  }
}
