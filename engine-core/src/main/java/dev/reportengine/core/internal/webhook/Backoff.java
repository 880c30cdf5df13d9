package dev.reportengine.core.internal.webhook;

import dev.reportengine.core.WebhookRetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed attempt is retried and after how long: the schedule's delay for that
 * retry with jitter, lengthened by a {@code Retry-After} header on 429 and 503 up to the schedule's
 * bound.
 */
final class Backoff {
  private final WebhookRetrySchedule schedule;
  private final DoubleSupplier random;

  /**
   * @param random uniform values in [0, 1) for the jitter
   */
  Backoff(WebhookRetrySchedule schedule, DoubleSupplier random) {
    this.schedule = schedule;
    this.random = random;
  }

  /** Whether a response with this status is worth another attempt: 5xx, 408 and 429. */
  static boolean retryable(int statusCode) {
    return statusCode >= 500 || statusCode == 408 || statusCode == 429;
  }

  /** Whether this status's {@code Retry-After} header is honoured: 429 and 503. */
  static boolean honoursRetryAfter(int statusCode) {
    return statusCode == 429 || statusCode == 503;
  }

  /**
   * The wait before the next attempt after {@code attemptsMade} attempts failed retryably, or empty
   * when the schedule has no retry left.
   */
  Optional<Duration> next(int attemptsMade, Optional<Duration> retryAfter) {
    if (attemptsMade >= schedule.maxAttempts()) {
      return Optional.empty();
    }
    Duration base = schedule.delays().get(attemptsMade - 1);
    double factor = 1 + schedule.jitter() * (2 * random.getAsDouble() - 1);
    Duration delay = Duration.ofMillis(Math.round(base.toMillis() * factor));
    if (retryAfter.isPresent()) {
      Duration asked = min(retryAfter.get(), schedule.maxRetryAfter());
      delay = asked.compareTo(delay) > 0 ? asked : delay;
    }
    return Optional.of(delay);
  }

  /**
   * A {@code Retry-After} value, delay-seconds or an HTTP date, as a wait from {@code now}; empty
   * when it is neither. A date in the past is a zero wait.
   */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String text = value.trim();
    if (text.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
