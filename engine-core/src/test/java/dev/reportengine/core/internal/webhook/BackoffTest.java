package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.WebhookRetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void doesFollowTheDefaultScheduleWhenJitterIsCentred() {
    Backoff backoff = new Backoff(WebhookRetrySchedule.DEFAULT, () -> 0.5);

    List<Optional<Duration>> waits =
        List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> backoff.next(n, Optional.empty())).toList();

    assertThat(waits)
        .containsExactly(
            Optional.of(Duration.ofSeconds(5)),
            Optional.of(Duration.ofMinutes(5)),
            Optional.of(Duration.ofMinutes(30)),
            Optional.of(Duration.ofHours(2)),
            Optional.of(Duration.ofHours(5)),
            Optional.of(Duration.ofHours(10)),
            Optional.empty());
  }

  @Test
  void doesStayWithinTheJitterWhenRandomIsAtItsExtremes() {
    WebhookRetrySchedule schedule = WebhookRetrySchedule.of(Duration.ofSeconds(100));

    assertThat(new Backoff(schedule, () -> 0.0).next(1, Optional.empty()))
        .contains(Duration.ofSeconds(80));
    assertThat(new Backoff(schedule, () -> 0.999_999).next(1, Optional.empty()).orElseThrow())
        .isBetween(Duration.ofSeconds(119), Duration.ofSeconds(120));
  }

  @Test
  void doesWaitLongerWhenRetryAfterAsksForMoreThanTheSchedule() {
    Backoff backoff = new Backoff(WebhookRetrySchedule.DEFAULT.withJitter(0), () -> 0.5);

    assertThat(backoff.next(1, Optional.of(Duration.ofSeconds(42))))
        .contains(Duration.ofSeconds(42));
    assertThat(backoff.next(1, Optional.of(Duration.ofSeconds(1)))).contains(Duration.ofSeconds(5));
    assertThat(backoff.next(1, Optional.of(Duration.ofDays(3)))).contains(Duration.ofHours(1));
  }

  @Test
  void doesReadRetryAfterWhenItIsSecondsOrAnHttpDate() {
    assertThat(Backoff.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(Backoff.parseRetryAfter("Fri, 02 Jan 2026 03:05:05 GMT", NOW))
        .contains(Duration.ofMinutes(1));
    assertThat(Backoff.parseRetryAfter("Thu, 01 Jan 2026 00:00:00 GMT", NOW))
        .contains(Duration.ZERO);
    assertThat(Backoff.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(Backoff.parseRetryAfter("-5", NOW)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
  void doesRetryWhenTheStatusIsTransient(int status) {
    assertThat(Backoff.retryable(status)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 400, 401, 403, 404, 409, 410, 422})
  void doesNotRetryWhenTheStatusIsFinal(int status) {
    assertThat(Backoff.retryable(status)).isFalse();
  }
}
