package dev.reportengine.api;

import java.util.Objects;

/**
 * Why a job failed ({@code error} in a job snapshot).
 *
 * @param code {@code code}
 * @param message {@code message}, for people: names the subject and the offending value
 */
public record JobError(ErrorCode code, String message) {

  /** Requires both parts. */
  public JobError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
