package dev.reportengine.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt to deliver a job's webhook event ({@code GET /v1/jobs/{jobId}/webhook-deliveries}).
 * An attempt has a status code when a response arrived, and an error when none did or when the
 * engine refused to send.
 *
 * @param eventId the event's {@code webhook-id}, the same on every attempt of one event
 * @param number 1 for the first attempt, 2 for the first retry, and so on
 * @param startedAt when the attempt started, by the engine's clock
 * @param duration how long it took, address checks included
 * @param statusCode the response's status code, when a response arrived
 * @param error why no response counts: a refused address, a timeout, a connection error
 * @param outcome what the attempt led to
 * @param nextAttemptAt when the next attempt is due, when the outcome is {@link Outcome#RETRYING}
 */
public record WebhookAttempt(
    String eventId,
    int number,
    Instant startedAt,
    Duration duration,
    OptionalInt statusCode,
    Optional<String> error,
    Outcome outcome,
    Optional<Instant> nextAttemptAt) {

  /** Requires non-null components, a positive number and a next time exactly when retrying. */
  public WebhookAttempt {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(statusCode, "statusCode");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, got " + number);
    }
    if (nextAttemptAt.isPresent() != (outcome == Outcome.RETRYING)) {
      throw new IllegalArgumentException(
          "nextAttemptAt must be present exactly when retrying; outcome " + outcome);
    }
  }

  /** What an attempt led to. */
  public enum Outcome {
    /** A 2xx response: the event is delivered. */
    DELIVERED,
    /** A retryable failure; another attempt is scheduled. */
    RETRYING,
    /** A failure that is not retried, or the last attempt failed: the engine gave up. */
    FAILED;

    /** The JSON name, such as {@code retrying}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return wireName();
    }
  }
}
