package dev.reportengine.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A job ended without a report; {@link #error()} says why. */
public final class JobFailedException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final transient JobError error;

  /** An exception for the job {@code jobId} that ended with {@code error}. */
  public JobFailedException(String jobId, JobError error) {
    super(error.code(), "job " + jobId + " failed: " + error.message());
    this.jobId = Objects.requireNonNull(jobId, "jobId");
    this.error = error;
  }

  /**
   * An exception for the job {@code jobId} that ended with {@code error} because of {@code cause}
   * (null when there is none to give), available as {@link #getCause()}.
   */
  public JobFailedException(String jobId, JobError error, @Nullable Throwable cause) {
    super(error.code(), "job " + jobId + " failed: " + error.message(), cause);
    this.jobId = Objects.requireNonNull(jobId, "jobId");
    this.error = error;
  }

  /** The job that failed. */
  public String jobId() {
    return jobId;
  }

  /** Why it failed. */
  public JobError error() {
    return error;
  }
}
