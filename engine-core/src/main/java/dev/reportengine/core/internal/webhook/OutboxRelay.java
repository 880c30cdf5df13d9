package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.WebhookOutbox;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Relays a store's {@link WebhookOutbox}: adds the deliveries of jobs this engine ends, and every
 * poll interval (and at once after an add) claims due deliveries, from any engine, up to a few in
 * flight, makes one attempt of each on the delivery scheduler and records its result. An attempt
 * still unfinished or failed when the engine closes is handed back, not recorded, so it is made
 * again.
 */
final class OutboxRelay {

  private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());
  private static final int MAX_IN_FLIGHT = 8;

  private final WebhookOutbox outbox;
  private final DeliveryScheduler scheduler;
  private final Duration pollInterval;
  private final Duration lease;
  private final BiFunction<WebhookNotifier.Delivery, Integer, WebhookAttempt> attempt;
  private final String owner = "webhooks-" + UUID.randomUUID();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closed;

  /**
   * @param lease how long a claimed delivery stays with this engine: longer than an attempt
   * @param attempt makes one attempt (delivery, its number) and logs it
   */
  OutboxRelay(
      WebhookOutbox outbox,
      DeliveryScheduler scheduler,
      Duration pollInterval,
      Duration lease,
      BiFunction<WebhookNotifier.Delivery, Integer, WebhookAttempt> attempt) {
    this.outbox = outbox;
    this.scheduler = scheduler;
    this.pollInterval = pollInterval;
    this.lease = lease;
    this.attempt = attempt;
    later(true, pollInterval);
  }

  /** Adds a delivery, due now, and polls at once; false when the outbox could not be written. */
  boolean add(WebhookNotifier.Delivery delivery) {
    try {
      outbox.addDelivery(toOutbox(delivery));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "cannot add the webhook of job "
              + delivery.jobId()
              + " to the outbox; this engine sends it from memory: "
              + e.getMessage(),
          e);
      return false;
    }
    pollSoon();
    return true;
  }

  /** A delivery as the outbox keeps it, due now with no attempt made. */
  static WebhookOutbox.Delivery toOutbox(WebhookNotifier.Delivery delivery) {
    return new WebhookOutbox.Delivery(
        delivery.eventId(),
        delivery.jobId(),
        delivery.url(),
        delivery.headers(),
        delivery.body(),
        0);
  }

  /** Every recorded attempt of a job's delivery, by any engine, from the outbox. */
  List<WebhookAttempt> attempts(String jobId) {
    return outbox.attempts(jobId);
  }

  /** Claims due deliveries at once, besides the regular polls. */
  void pollSoon() {
    later(false, Duration.ZERO);
  }

  private void later(boolean again, Duration delay) {
    if (closed) {
      return;
    }
    try {
      scheduler.schedule(() -> poll(again), delay);
    } catch (RejectedExecutionException e) {
      // Closing.
    }
  }

  private void poll(boolean again) {
    try {
      int free = MAX_IN_FLIGHT - inFlight.get();
      if (!closed && free > 0) {
        List<WebhookOutbox.Delivery> claimed = outbox.claimDeliveries(owner, lease, free);
        claimed.forEach(this::start);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot claim webhook deliveries: " + e.getMessage(), e);
    } finally {
      if (again) {
        later(true, pollInterval);
      }
    }
  }

  private void start(WebhookOutbox.Delivery claimed) {
    inFlight.incrementAndGet();
    try {
      scheduler.schedule(() -> run(claimed), Duration.ZERO);
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
    }
  }

  private void run(WebhookOutbox.Delivery claimed) {
    try {
      WebhookAttempt made =
          attempt.apply(
              new WebhookNotifier.Delivery(
                  claimed.eventId(),
                  claimed.jobId(),
                  claimed.url(),
                  claimed.headers(),
                  claimed.body()),
              claimed.attemptsMade() + 1);
      if (closed && made.outcome() != WebhookAttempt.Outcome.DELIVERED) {
        return; // Cut short by close: handed back, made again.
      }
      outbox.finishAttempt(result(claimed, made));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "cannot record a webhook attempt of job " + claimed.jobId() + ": " + e.getMessage(),
          e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private WebhookOutbox.Attempt result(WebhookOutbox.Delivery claimed, WebhookAttempt made) {
    return switch (made.outcome()) {
      case DELIVERED ->
          new WebhookOutbox.Attempt(
              claimed.eventId(),
              owner,
              WebhookOutbox.Result.DELIVERED,
              Optional.empty(),
              Optional.empty(),
              made);
      case RETRYING ->
          new WebhookOutbox.Attempt(
              claimed.eventId(),
              owner,
              WebhookOutbox.Result.RETRY,
              made.nextAttemptAt()
                  .map(at -> Duration.between(made.startedAt().plus(made.duration()), at)),
              made.error(),
              made);
      case FAILED ->
          new WebhookOutbox.Attempt(
              claimed.eventId(),
              owner,
              WebhookOutbox.Result.FAILED,
              Optional.empty(),
              made.error(),
              made);
    };
  }

  /** Stops claiming; attempts in flight finish on the scheduler (see {@link #release}). */
  void stop() {
    closed = true;
  }

  /** Hands back what this engine still holds, after the scheduler closed. */
  void release() {
    try {
      outbox.releaseDeliveries(owner);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "cannot hand back webhook deliveries; they are made again when their lease expires",
          e);
    }
  }
}
