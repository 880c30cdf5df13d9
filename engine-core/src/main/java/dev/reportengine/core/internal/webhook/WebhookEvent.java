package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The event posted when a job ends; its JSON form is {@code
 * docs/contracts/webhook-event.schema.json}.
 *
 * @param type {@code report.succeeded}, {@code report.failed} or {@code report.canceled}
 * @param jobId the job
 * @param reportId the report, on success
 * @param status the job's terminal status
 * @param error why the job failed or was canceled
 * @param timestamp when the job ended
 */
record WebhookEvent(
    String type,
    String jobId,
    Optional<String> reportId,
    JobStatus status,
    Optional<JobError> error,
    Instant timestamp) {

  WebhookEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * The event for a terminal snapshot.
   *
   * @throws IllegalArgumentException if the job has not ended
   */
  static WebhookEvent of(JobSnapshot job) {
    String type =
        switch (job.status()) {
          case SUCCEEDED -> "report.succeeded";
          case FAILED -> "report.failed";
          case CANCELED -> "report.canceled";
          case QUEUED, RUNNING ->
              throw new IllegalArgumentException(
                  "job " + job.jobId() + " has not ended; it is " + job.status());
        };
    return new WebhookEvent(
        type,
        job.jobId(),
        job.reportId(),
        job.status(),
        job.error(),
        job.finishedAt().orElse(job.createdAt()));
  }
}
