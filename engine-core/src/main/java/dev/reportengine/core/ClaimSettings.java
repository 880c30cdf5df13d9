package dev.reportengine.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How an engine on a store that implements {@link dev.reportengine.api.spi.JobClaims} (such as the
 * PostgreSQL store) shares jobs with other engines on the same store: a claimed job's lease, how
 * often the engine renews the leases of the jobs it runs (and requeues expired ones), and how often
 * an idle engine looks for queued jobs. Ignored with other stores.
 *
 * @param lease how long a claimed job stays with its engine without a heartbeat; a job whose engine
 *     died runs again elsewhere after at most this long
 * @param heartbeat how often leases are renewed; shorter than the lease. Cancel from another engine
 *     takes effect within about this long
 * @param pollInterval how often the engine claims queued jobs (and checks the jobs it submitted
 *     that other engines run)
 */
public record ClaimSettings(Duration lease, Duration heartbeat, Duration pollInterval) {

  /** A 30 s lease, a heartbeat every 10 s, a poll every 200 ms. */
  public static final ClaimSettings DEFAULTS =
      new ClaimSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(200));

  /**
   * @throws IllegalArgumentException when a duration is not positive or the heartbeat is not
   *     shorter than the lease
   */
  public ClaimSettings {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (lease.isNegative() || lease.isZero() || lease.toMillis() < 1) {
      throw new IllegalArgumentException("lease must be at least 1 ms, got " + lease);
    }
    if (heartbeat.toMillis() < 1 || heartbeat.compareTo(lease) >= 0) {
      throw new IllegalArgumentException(
          "heartbeat must be at least 1 ms and shorter than the lease "
              + lease
              + ", got "
              + heartbeat);
    }
    if (pollInterval.toMillis() < 1) {
      throw new IllegalArgumentException("pollInterval must be at least 1 ms, got " + pollInterval);
    }
  }
}
