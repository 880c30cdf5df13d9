package dev.reportengine.api;

import java.util.Objects;

/**
 * A submit reused an idempotency key with a different request (code {@link
 * ErrorCode#IDEMPOTENCY_CONFLICT}). Nothing was queued.
 */
public final class IdempotencyConflictException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String jobId;

  /** An exception naming the key and the job it already belongs to. */
  public IdempotencyConflictException(String key, String jobId) {
    super(
        ErrorCode.IDEMPOTENCY_CONFLICT,
        "idempotency key ["
            + key
            + "] was already used for job "
            + jobId
            + " with a different request; use a new key for a new request");
    this.key = Objects.requireNonNull(key, "key");
    this.jobId = Objects.requireNonNull(jobId, "jobId");
  }

  /** The reused key. */
  public String key() {
    return key;
  }

  /** The job the key belongs to. */
  public String jobId() {
    return jobId;
  }
}
