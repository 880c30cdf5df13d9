package dev.reportengine.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When failed webhook attempts are retried: one delay per retry, each stretched or shrunk by a
 * random jitter so that many failed deliveries do not retry in lockstep. 5xx, 408 and 429
 * responses, timeouts and connection errors are retried; other responses are final. A {@code
 * Retry-After} header on a 429 or 503 response lengthens the next delay to what it asks, up to
 * {@code maxRetryAfter}.
 *
 * @param delays the wait before each retry, in order; the first attempt is immediate
 * @param jitter the largest relative change applied to each delay, in [0, 1): 0.2 means a delay
 *     lands anywhere within ±20 %
 * @param maxRetryAfter the longest wait a {@code Retry-After} header can ask for
 */
public record WebhookRetrySchedule(List<Duration> delays, double jitter, Duration maxRetryAfter) {

  private static final int MAX_RETRIES = 100;
  private static final Duration MAX_DELAY = Duration.ofDays(7);

  /**
   * The default, in the spirit of Svix and the Standard Webhooks spec: immediately, then after 5 s,
   * 5 min, 30 min, 2 h, 5 h and 10 h (seven attempts over about 18 hours), ±20 % jitter,
   * Retry-After honoured up to one hour.
   */
  public static final WebhookRetrySchedule DEFAULT =
      new WebhookRetrySchedule(
          List.of(
              Duration.ofSeconds(5),
              Duration.ofMinutes(5),
              Duration.ofMinutes(30),
              Duration.ofHours(2),
              Duration.ofHours(5),
              Duration.ofHours(10)),
          0.2,
          Duration.ofHours(1));

  /** Requires at most 100 delays, each in 0..7 days, and a jitter in [0, 1). */
  public WebhookRetrySchedule {
    delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (delays.size() > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "at most " + MAX_RETRIES + " retries are allowed, got " + delays.size());
    }
    for (Duration delay : delays) {
      requireDelay("each delay", delay);
    }
    requireDelay("maxRetryAfter", maxRetryAfter);
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
    }
  }

  /** A schedule with the given delays, ±20 % jitter and Retry-After up to one hour. */
  public static WebhookRetrySchedule of(Duration... delays) {
    return new WebhookRetrySchedule(List.of(delays), 0.2, Duration.ofHours(1));
  }

  /**
   * Exponential backoff: {@code retries} delays starting at {@code first}, each {@code factor}
   * times the one before, capped at {@code cap}.
   */
  public static WebhookRetrySchedule exponential(
      Duration first, double factor, int retries, Duration cap) {
    if (!(factor >= 1)) {
      throw new IllegalArgumentException("factor must be at least 1, got " + factor);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative, got " + retries);
    }
    requireDelay("cap", cap);
    List<Duration> delays = new ArrayList<>();
    double millis = requireDelay("first", first).toMillis();
    for (int i = 0; i < retries; i++) {
      delays.add(Duration.ofMillis((long) Math.min(millis, cap.toMillis())));
      millis *= factor;
    }
    return new WebhookRetrySchedule(delays, 0.2, Duration.ofHours(1));
  }

  /** No retries: one attempt only. */
  public static WebhookRetrySchedule none() {
    return new WebhookRetrySchedule(List.of(), 0, Duration.ZERO);
  }

  /** A copy with another jitter. */
  public WebhookRetrySchedule withJitter(double newJitter) {
    return new WebhookRetrySchedule(delays, newJitter, maxRetryAfter);
  }

  /** A copy with another bound on Retry-After. */
  public WebhookRetrySchedule withMaxRetryAfter(Duration newMax) {
    return new WebhookRetrySchedule(delays, jitter, newMax);
  }

  /** How many attempts an event gets at most: the first one and every retry. */
  public int maxAttempts() {
    return delays.size() + 1;
  }

  private static Duration requireDelay(String name, Duration delay) {
    Objects.requireNonNull(delay, name);
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException(name + " must be in 0..7 days, got " + delay);
    }
    return delay;
  }
}
