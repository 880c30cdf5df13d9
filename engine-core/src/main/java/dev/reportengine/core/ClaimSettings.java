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
 * @param maxLeaseExpiries how many times a job's lease may expire before the job fails instead of
 *     being queued again: a job whose engine dies (or hangs) every time it runs it is given up
 *     after this many tries, with code {@code internal} and a message that says so
 */
public record ClaimSettings(
    Duration lease, Duration heartbeat, Duration pollInterval, int maxLeaseExpiries) {

  /** The {@code maxLeaseExpiries} of {@link #DEFAULTS} and of the three-argument constructor. */
  public static final int DEFAULT_MAX_LEASE_EXPIRIES = 3;

  /** A 30 s lease, a heartbeat every 10 s, a poll every 200 ms, a job given up after 3 expiries. */
  public static final ClaimSettings DEFAULTS =
      new ClaimSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(200));

  /** Settings with {@value #DEFAULT_MAX_LEASE_EXPIRIES} lease expiries at most. */
  public ClaimSettings(Duration lease, Duration heartbeat, Duration pollInterval) {
    this(lease, heartbeat, pollInterval, DEFAULT_MAX_LEASE_EXPIRIES);
  }

  /**
   * @throws IllegalArgumentException when a duration is not positive, the heartbeat is not shorter
   *     than the lease, or {@code maxLeaseExpiries} is below 1
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
    if (maxLeaseExpiries < 1) {
      throw new IllegalArgumentException(
          "maxLeaseExpiries must be at least 1, got " + maxLeaseExpiries);
    }
  }
}
