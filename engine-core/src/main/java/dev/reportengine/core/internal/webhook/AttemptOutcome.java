package dev.reportengine.core.internal.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one attempt found, before the retry decision.
 *
 * @param startedAt when it started
 * @param duration how long it took
 * @param statusCode the response's status, when one arrived
 * @param error why it failed without a usable response
 * @param retryable whether another attempt may succeed
 * @param retryAfter the wait the endpoint asked for, on 429 and 503
 */
record AttemptOutcome(
    Instant startedAt,
    Duration duration,
    OptionalInt statusCode,
    Optional<String> error,
    boolean retryable,
    Optional<Duration> retryAfter) {

  /** Whether the endpoint answered 2xx. */
  boolean delivered() {
    return statusCode.isPresent() && statusCode.getAsInt() >= 200 && statusCode.getAsInt() < 300;
  }
}
