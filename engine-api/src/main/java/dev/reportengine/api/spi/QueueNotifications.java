package dev.reportengine.api.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pushes news of the claim queue (see {@link JobClaims}) to an engine, which a shared store may
 * also implement, so that an idle engine claims a job submitted on another at once and an owner
 * stops a job canceled on another at once, instead of at its next poll or heartbeat. Best effort:
 * the engine keeps polling and heartbeating as it would without it, so a notification lost (while
 * the store reconnects, say) only delays. Implementations must be thread-safe.
 */
public interface QueueNotifications {

  /** What happened. */
  enum Kind {
    /** One or more jobs became queued (submitted, or put back in the queue). */
    QUEUED,
    /** Someone asked to cancel a job. */
    CANCEL_REQUESTED
  }

  /**
   * One notification.
   *
   * @param kind what happened
   * @param jobId the job, for {@link Kind#CANCEL_REQUESTED}; empty for {@link Kind#QUEUED}
   */
  record Notification(Kind kind, Optional<String> jobId) {

    /** Requires non-null components. */
    public Notification {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(jobId, "jobId");
    }
  }

  /**
   * Starts delivering notifications to {@code listener}, on a thread of the store's, until the
   * returned handle is closed; also delivers a {@link Kind#QUEUED} each time it (re)connects, for
   * what it may have missed meanwhile. The listener must return quickly and not throw.
   */
  AutoCloseable listen(Consumer<Notification> listener);
}
