package dev.reportengine.api.spi;

import dev.reportengine.api.WebhookAttempt;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A durable queue of webhook deliveries (an outbox), which a {@link ReportStore} shared by several
 * engines (see {@link JobClaims}) may also implement. When the engine's store implements it, the
 * engine that ends a job adds the job's webhook event to the outbox instead of keeping it in
 * memory; every engine's relay {@linkplain #claimDeliveries claims} deliveries that are due, each
 * under a lease, makes one attempt and {@linkplain #finishAttempt records} its result: delivered,
 * failed, or due again after the retry schedule's delay. So a delivery survives the engine that
 * added it (a restarted or another engine sends it) and each attempt of the schedule is made by one
 * engine, not by every replica. An attempt whose engine died mid-way is made again once its lease
 * expires. Times are on the store's clock. Implementations must be thread-safe.
 */
public interface WebhookOutbox {

  /**
   * One job's webhook event on its way.
   *
   * @param eventId the {@code webhook-id}, unique
   * @param jobId the job the event is about; a job has one delivery at most
   * @param url where to post
   * @param headers the caller's headers
   * @param body the event's JSON (not copied)
   * @param attemptsMade how many attempts were made before this one
   */
  record Delivery(
      String eventId,
      String jobId,
      URI url,
      Map<String, String> headers,
      byte[] body,
      int attemptsMade) {

    /** Requires non-null components, copies the headers. */
    public Delivery {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(jobId, "jobId");
      Objects.requireNonNull(url, "url");
      headers = Map.copyOf(headers);
      Objects.requireNonNull(body, "body");
    }
  }

  /** How an attempt ended. */
  enum Result {
    /** The endpoint answered 2xx: no more attempts. */
    DELIVERED,
    /** It failed and the schedule has a retry left: due again after {@code retryIn}. */
    RETRY,
    /** It failed for good (a final answer, or no retry left): no more attempts. */
    FAILED
  }

  /**
   * The result of one attempt of a delivery {@code owner} claimed.
   *
   * @param eventId the delivery
   * @param owner who claimed it
   * @param result how the attempt ended
   * @param retryIn the wait before the next attempt, for {@link Result#RETRY} only
   * @param error why the attempt failed, if it did
   * @param made the attempt as the engine logged it, kept for {@link #attempts}
   */
  record Attempt(
      String eventId,
      String owner,
      Result result,
      Optional<Duration> retryIn,
      Optional<String> error,
      WebhookAttempt made) {

    /**
     * Requires non-null components, a wait exactly when the result is {@code RETRY}, and an attempt
     * of this event.
     */
    public Attempt {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(retryIn, "retryIn");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(made, "made");
      if (!made.eventId().equals(eventId)) {
        throw new IllegalArgumentException(
            "an attempt of event " + eventId + " expected; got one of " + made.eventId());
      }
      if (retryIn.isPresent() != (result == Result.RETRY)) {
        throw new IllegalArgumentException(
            "retryIn must be present exactly when the result is RETRY; got "
                + result
                + " with retryIn "
                + retryIn);
      }
    }
  }

  /** Adds a delivery, due now; does nothing when one for its job (or its event id) is there. */
  void addDelivery(Delivery delivery);

  /**
   * Atomically claims up to {@code max} due deliveries (oldest due first) for {@code owner} until
   * {@code lease} from now; two concurrent calls never claim one delivery.
   */
  List<Delivery> claimDeliveries(String owner, Duration lease, int max);

  /**
   * Records an attempt, and keeps it in the delivery's attempt log ({@link #attempts}), atomically;
   * false, and nothing recorded, when its owner no longer holds the delivery.
   */
  boolean finishAttempt(Attempt attempt);

  /**
   * Every recorded attempt of a job's delivery, whichever engine made it, oldest first; empty when
   * none was recorded (or the job has no delivery).
   */
  List<WebhookAttempt> attempts(String jobId);

  /** Hands back every delivery {@code owner} holds, due at once (at close); returns how many. */
  int releaseDeliveries(String owner);
}
