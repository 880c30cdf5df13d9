package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.spi.WebhookSender;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Makes one attempt: checks the address, signs, sends, and classifies what happened. */
final class DeliveryAttempt {
  private final WebhookConfig parts;
  private final WebhookNotifier.Delivery delivery;
  private Instant startedAt;
  private long startedNanos;

  DeliveryAttempt(WebhookConfig parts, WebhookNotifier.Delivery delivery) {
    this.parts = parts;
    this.delivery = delivery;
  }

  AttemptOutcome run() {
    startedAt = parts.clock().instant();
    startedNanos = parts.nanoTime().getAsLong();
    AddressGuard.Verdict verdict;
    try {
      verdict = parts.guard().check(delivery.url());
    } catch (UnknownHostException e) {
      return failure(
          "host [" + delivery.url().getHost() + "] did not resolve: " + e.getMessage(), true);
    }
    if (verdict instanceof AddressGuard.Refused refused) {
      return failure(refused.reason(), false);
    }
    AddressGuard.Allowed allowed = (AddressGuard.Allowed) verdict;
    WebhookSender.Request request =
        new WebhookSender.Request(
            delivery.url(),
            delivery.headersAt(startedAt.getEpochSecond(), parts.signer()),
            delivery.body(),
            parts.requestTimeout(),
            allowed.addresses());
    try {
      return response(parts.sender().send(request));
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        return failure("interrupted: the engine closed during the attempt", false);
      }
      return timeout(e);
    } catch (HttpTimeoutException e) {
      return timeout(e);
    } catch (IOException e) {
      return failure("connection failed: " + e, true);
    } catch (RuntimeException e) {
      return failure("the webhook sender could not send the request: " + e, false);
    }
  }

  private AttemptOutcome timeout(IOException e) {
    return failure("no response within " + parts.requestTimeout().toMillis() + " ms: " + e, true);
  }

  private AttemptOutcome response(WebhookSender.Response response) {
    int status = response.statusCode();
    Optional<Duration> retryAfter =
        Backoff.honoursRetryAfter(status)
            ? response.retryAfter().flatMap(v -> Backoff.parseRetryAfter(v, startedAt))
            : Optional.empty();
    boolean success = status >= 200 && status < 300;
    return new AttemptOutcome(
        startedAt,
        elapsed(),
        OptionalInt.of(status),
        success ? Optional.empty() : Optional.of(describe(status)),
        !success && Backoff.retryable(status),
        retryAfter);
  }

  private static String describe(int status) {
    if (status >= 300 && status < 400) {
      return "the endpoint answered " + status + " (redirects are not followed)";
    }
    return "the endpoint answered " + status;
  }

  private AttemptOutcome failure(String error, boolean retryable) {
    return new AttemptOutcome(
        startedAt, elapsed(), OptionalInt.empty(), Optional.of(error), retryable, Optional.empty());
  }

  private Duration elapsed() {
    return Duration.ofNanos(Math.max(0, parts.nanoTime().getAsLong() - startedNanos));
  }
}
