package dev.reportengine.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A job as it is at one moment ({@code GET /v1/jobs/{jobId}}). Immutable; ask the engine again for
 * a newer one. Make one with {@link #builder()}, which names each component, and a copy with
 * changes with {@link #toBuilder()}.
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

  /**
   * Starts a snapshot with nothing set. {@link Builder#build()} requires {@code jobId}, {@code
   * status} and {@code createdAt}; {@code progress} is 0 and every optional component empty unless
   * set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding every component of this snapshot, to make a copy with changes. */
  public Builder toBuilder() {
    return new Builder()
        .jobId(jobId)
        .status(status)
        .stage(stage)
        .progress(progress)
        .createdAt(createdAt)
        .startedAt(startedAt)
        .finishedAt(finishedAt)
        .estimatedWaitSec(estimatedWaitSec)
        .reportId(reportId)
        .error(error);
  }

  /**
   * Builds a {@link JobSnapshot} by named component:
   *
   * <pre>{@code
   * JobSnapshot running =
   *     JobSnapshot.builder()
   *         .jobId("job_1")
   *         .status(JobStatus.RUNNING)
   *         .stage(JobStage.BUILD_REPORT)
   *         .progress(0.4)
   *         .createdAt(created)
   *         .startedAt(started)
   *         .build();
   * }</pre>
   *
   * <p>A setter replaces what was set before; an optional component has a setter for the value and
   * one for an {@code Optional}, so it can be cleared. Null arguments throw {@link
   * NullPointerException}. Not thread-safe.
   */
  public static final class Builder {
    private String jobId;
    private JobStatus status;
    private Optional<JobStage> stage = Optional.empty();
    private double progress;
    private Instant createdAt;
    private Optional<Instant> startedAt = Optional.empty();
    private Optional<Instant> finishedAt = Optional.empty();
    private OptionalDouble estimatedWaitSec = OptionalDouble.empty();
    private Optional<String> reportId = Optional.empty();
    private Optional<JobError> error = Optional.empty();

    private Builder() {}

    /** Sets {@code jobId}, the job's id; required. */
    public Builder jobId(String value) {
      this.jobId = Objects.requireNonNull(value, "jobId");
      return this;
    }

    /** Sets {@code status}, where the job is in its lifecycle; required. */
    public Builder status(JobStatus value) {
      this.status = Objects.requireNonNull(value, "status");
      return this;
    }

    /** Sets {@code stage}, the stage running now, or the last one reached. */
    public Builder stage(JobStage value) {
      this.stage = Optional.of(Objects.requireNonNull(value, "stage"));
      return this;
    }

    /** Sets or clears {@code stage}, the stage running now, or the last one reached. */
    public Builder stage(Optional<JobStage> value) {
      this.stage = Objects.requireNonNull(value, "stage");
      return this;
    }

    /** Sets {@code progress}, from 0 to 1; 0 unless set; checked by {@link #build()}. */
    public Builder progress(double value) {
      this.progress = value;
      return this;
    }

    /** Sets {@code createdAt}, when the job was accepted; required. */
    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /** Sets {@code startedAt}, when the job started running. */
    public Builder startedAt(Instant value) {
      this.startedAt = Optional.of(Objects.requireNonNull(value, "startedAt"));
      return this;
    }

    /** Sets or clears {@code startedAt}, when the job started running. */
    public Builder startedAt(Optional<Instant> value) {
      this.startedAt = Objects.requireNonNull(value, "startedAt");
      return this;
    }

    /** Sets {@code finishedAt}, when the job ended. */
    public Builder finishedAt(Instant value) {
      this.finishedAt = Optional.of(Objects.requireNonNull(value, "finishedAt"));
      return this;
    }

    /** Sets or clears {@code finishedAt}, when the job ended. */
    public Builder finishedAt(Optional<Instant> value) {
      this.finishedAt = Objects.requireNonNull(value, "finishedAt");
      return this;
    }

    /** Sets {@code estimatedWaitSec}, the estimated wait while queued, in seconds. */
    public Builder estimatedWaitSec(double value) {
      this.estimatedWaitSec = OptionalDouble.of(value);
      return this;
    }

    /** Sets or clears {@code estimatedWaitSec}, the estimated wait while queued, in seconds. */
    public Builder estimatedWaitSec(OptionalDouble value) {
      this.estimatedWaitSec = Objects.requireNonNull(value, "estimatedWaitSec");
      return this;
    }

    /** Sets {@code reportId}, the report a succeeded job made. */
    public Builder reportId(String value) {
      this.reportId = Optional.of(Objects.requireNonNull(value, "reportId"));
      return this;
    }

    /** Sets or clears {@code reportId}, the report a succeeded job made. */
    public Builder reportId(Optional<String> value) {
      this.reportId = Objects.requireNonNull(value, "reportId");
      return this;
    }

    /** Sets {@code error}, why the job failed or was canceled. */
    public Builder error(JobError value) {
      this.error = Optional.of(Objects.requireNonNull(value, "error"));
      return this;
    }

    /** Sets or clears {@code error}, why the job failed or was canceled. */
    public Builder error(Optional<JobError> value) {
      this.error = Objects.requireNonNull(value, "error");
      return this;
    }

    /**
     * Returns the snapshot.
     *
     * @throws IllegalArgumentException naming every required component that was not set ({@code
     *     jobId}, {@code status}, {@code createdAt}), or when {@code progress} is not in 0..1
     */
    public JobSnapshot build() {
      List<String> missing = new ArrayList<>();
      if (jobId == null) {
        missing.add("jobId");
      }
      if (status == null) {
        missing.add("status");
      }
      if (createdAt == null) {
        missing.add("createdAt");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "a job snapshot needs jobId, status and createdAt; missing: " + missing);
      }
      return new JobSnapshot(
          jobId,
          status,
          stage,
          progress,
          createdAt,
          startedAt,
          finishedAt,
          estimatedWaitSec,
          reportId,
          error);
    }
  }
}
