package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.WebhookOutbox;
import dev.reportengine.core.internal.job.TerminalListener;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * Posts a job's webhook event when the job ends, on the {@link DeliveryScheduler}'s threads, and
 * keeps a log of every attempt. {@link #jobEnded} only builds the event and hands it to the
 * scheduler, so a job worker never waits for an endpoint. With a store's {@link WebhookOutbox}, it
 * adds the event to the outbox instead (one write to the store, like the job's terminal save), and
 * an {@link OutboxRelay} on any engine makes the attempts. Thread-safe.
 */
public final class WebhookNotifier implements TerminalListener {

  /** How long an attempt waits for response headers by default: 15 s. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

  private static final System.Logger LOG = System.getLogger(WebhookNotifier.class.getName());

  private final WebhookConfig parts;
  private final Backoff backoff;
  private final DeliveryLog log = new DeliveryLog();
  private final EngineObserver observer;
  private final OutboxRelay relay;
  private volatile boolean closed;

  /** A notifier over the given parts, which keeps its deliveries in memory. */
  public WebhookNotifier(WebhookConfig parts) {
    this(parts, EngineObserver.NONE);
  }

  /**
   * A notifier over the given parts that keeps its deliveries in memory and tells {@code observer}
   * of every attempt.
   */
  public WebhookNotifier(WebhookConfig parts, EngineObserver observer) {
    this.parts = parts;
    this.backoff = new Backoff(parts.schedule(), parts.random());
    this.observer = observer;
    this.relay = null;
  }

  /**
   * A notifier whose deliveries go through a store's outbox, which this engine relays with the
   * others on the store: it claims due deliveries every {@code pollInterval}, each under a lease of
   * the request timeout plus 30 s; {@code observer} is told of every attempt.
   */
  public WebhookNotifier(
      WebhookConfig parts, WebhookOutbox outbox, Duration pollInterval, EngineObserver observer) {
    this.parts = parts;
    this.backoff = new Backoff(parts.schedule(), parts.random());
    this.observer = observer;
    this.relay =
        new OutboxRelay(
            outbox,
            parts.scheduler(),
            pollInterval,
            parts.requestTimeout().plusSeconds(30),
            this::attempt);
  }

  @Override
  public void jobEnded(JobSnapshot snapshot, CreateReportJobRequest request) {
    if (closed || request.webhook().isEmpty()) {
      return;
    }
    Delivery delivery = delivery(snapshot, request.webhook().get());
    if (relay == null || !relay.add(delivery)) {
      schedule(delivery, 1, Duration.ZERO);
    }
  }

  /** With an outbox: the delivery for the runtime to save with the job's terminal snapshot. */
  @Override
  public Optional<WebhookOutbox.Delivery> delivery(
      JobSnapshot terminal, CreateReportJobRequest request) {
    if (relay == null || closed || request.webhook().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OutboxRelay.toOutbox(delivery(terminal, request.webhook().get())));
  }

  /** The delivery is in the outbox (or the end was not saved): the relay looks at once. */
  @Override
  public void deliverySaved(JobSnapshot terminal) {
    if (relay != null) {
      relay.pollSoon();
    }
  }

  private Delivery delivery(JobSnapshot snapshot, Webhook webhook) {
    return new Delivery(
        "msg_" + parts.ids().get(),
        snapshot.jobId(),
        URI.create(webhook.url()),
        webhook.headers(),
        WebhookEventJson.write(WebhookEvent.of(snapshot)));
  }

  /**
   * Every attempt for a job's event so far, oldest first; empty when there was none. With an
   * outbox, the attempts every engine recorded in the store (and, should the store not answer or
   * know none, this engine's own log: an attempt whose record failed, or a delivery sent from
   * memory because the outbox refused it).
   */
  public List<WebhookAttempt> attempts(String jobId) {
    if (relay != null) {
      try {
        List<WebhookAttempt> recorded = relay.attempts(jobId);
        if (!recorded.isEmpty()) {
          return recorded;
        }
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "cannot read the webhook attempts of job "
                + jobId
                + " from the store; this engine's own: "
                + e.getMessage(),
            e);
      }
    }
    return log.attempts(jobId);
  }

  /**
   * Stops taking events, drops scheduled retries, lets attempts already running finish within
   * {@code grace}, then closes the sender if the engine made it. Idempotent.
   */
  public void close(Duration grace) {
    closed = true;
    if (relay != null) {
      relay.stop();
    }
    parts.scheduler().close(grace);
    if (relay != null) {
      relay.release();
    }
    if (parts.ownsSender() && parts.sender() instanceof AutoCloseable owned) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the webhook sender " + parts.sender(), e);
      }
    }
  }

  private void schedule(Delivery delivery, int number, Duration delay) {
    try {
      parts.scheduler().schedule(() -> attemptInMemory(delivery, number), delay);
    } catch (RejectedExecutionException e) {
      // The engine is closing; the log shows the last attempt made. Without an outbox, deliveries
      // are not durable.
    }
  }

  private void attemptInMemory(Delivery delivery, int number) {
    WebhookAttempt made = attempt(delivery, number);
    if (made.nextAttemptAt().isPresent() && !closed) {
      schedule(
          delivery,
          number + 1,
          Duration.between(made.startedAt().plus(made.duration()), made.nextAttemptAt().get()));
    }
  }

  /** Makes attempt {@code number} of a delivery and logs it; its next due time says the retry. */
  private WebhookAttempt attempt(Delivery delivery, int number) {
    AttemptOutcome outcome = new DeliveryAttempt(parts, delivery).run();
    Optional<Duration> retry =
        outcome.retryable() ? backoff.next(number, outcome.retryAfter()) : Optional.empty();
    WebhookAttempt.Outcome result =
        outcome.delivered()
            ? WebhookAttempt.Outcome.DELIVERED
            : retry.isPresent() ? WebhookAttempt.Outcome.RETRYING : WebhookAttempt.Outcome.FAILED;
    WebhookAttempt made =
        new WebhookAttempt(
            delivery.eventId(),
            number,
            outcome.startedAt(),
            outcome.duration(),
            outcome.statusCode(),
            outcome.error(),
            result,
            retry.map(outcome.startedAt().plus(outcome.duration())::plus));
    log.record(delivery.jobId(), made);
    observer.webhookAttempted(new EngineObserver.WebhookContext(delivery.jobId(), made));
    return made;
  }

  /**
   * One event on its way: the same id, URL, caller's headers and body on every attempt.
   *
   * @param eventId the {@code webhook-id}
   * @param jobId the job the event is about
   * @param url where to post
   * @param headers the caller's headers
   * @param body the event's JSON
   */
  record Delivery(String eventId, String jobId, URI url, Map<String, String> headers, byte[] body) {

    /**
     * The headers of one attempt: the caller's, the content type and the {@code webhook-*} ones.
     */
    Map<String, String> headersAt(long timestampSeconds, Optional<WebhookSigner> signer) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put("content-type", "application/json");
      all.put("webhook-id", eventId);
      all.put("webhook-timestamp", Long.toString(timestampSeconds));
      signer.ifPresent(s -> all.put("webhook-signature", s.sign(eventId, timestampSeconds, body)));
      return all;
    }
  }
}
