package dev.reportengine.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The engine's queue is full; the submit was refused at once (code {@link ErrorCode#OVERLOADED}).
 * {@link #retryAfter()} estimates when a retry has a good chance.
 */
public final class OverloadedException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSec;

  /** An exception with a message and a retry-after estimate of at least one second. */
  public OverloadedException(String message, long retryAfterSec) {
    super(ErrorCode.OVERLOADED, Objects.requireNonNull(message, "message"));
    if (retryAfterSec < 1) {
      throw new IllegalArgumentException("retryAfterSec must be at least 1, got " + retryAfterSec);
    }
    this.retryAfterSec = retryAfterSec;
  }

  /** Whole seconds to wait before retrying; at least 1. */
  public long retryAfterSec() {
    return retryAfterSec;
  }

  /** {@link #retryAfterSec()} as a duration. */
  public Duration retryAfter() {
    return Duration.ofSeconds(retryAfterSec);
  }
}
