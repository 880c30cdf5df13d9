package dev.reportengine.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep an engine's memory and time bounded.
 *
 * @param maxQueuedJobs how many jobs may wait for a worker; a submit beyond that fails at once with
 *     code {@code overloaded}
 * @param maxRequestBytes the largest request body the JSON facade accepts, in UTF-8 bytes
 * @param maxMediaBytes the largest media file a directory source reads
 * @param jobTimeout how long a job may run before it fails with code {@code timeout}
 * @param shutdownGrace how long {@link ReportEngine#close()} waits for jobs to finish
 */
public record EngineLimits(
    int maxQueuedJobs,
    int maxRequestBytes,
    long maxMediaBytes,
    Duration jobTimeout,
    Duration shutdownGrace) {

  /** The defaults: 1,000 queued jobs, 1 MiB requests, 64 MiB media, 5 min per job, 30 s grace. */
  public static final EngineLimits DEFAULTS =
      new EngineLimits(1_000, 1 << 20, 64L << 20, Duration.ofMinutes(5), Duration.ofSeconds(30));

  /** Requires positive limits. */
  public EngineLimits {
    requirePositive("maxQueuedJobs", maxQueuedJobs);
    requirePositive("maxRequestBytes", maxRequestBytes);
    requirePositive("maxMediaBytes", maxMediaBytes);
    Objects.requireNonNull(jobTimeout, "jobTimeout");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (jobTimeout.isNegative() || jobTimeout.isZero()) {
      throw new IllegalArgumentException("jobTimeout must be positive, got " + jobTimeout);
    }
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownGrace must not be negative, got " + shutdownGrace);
    }
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  /** A copy with another queue bound. */
  public EngineLimits withMaxQueuedJobs(int value) {
    return new EngineLimits(value, maxRequestBytes, maxMediaBytes, jobTimeout, shutdownGrace);
  }

  /** A copy with another request size limit. */
  public EngineLimits withMaxRequestBytes(int value) {
    return new EngineLimits(maxQueuedJobs, value, maxMediaBytes, jobTimeout, shutdownGrace);
  }

  /** A copy with another media size limit. */
  public EngineLimits withMaxMediaBytes(long value) {
    return new EngineLimits(maxQueuedJobs, maxRequestBytes, value, jobTimeout, shutdownGrace);
  }

  /** A copy with another job timeout. */
  public EngineLimits withJobTimeout(Duration value) {
    return new EngineLimits(maxQueuedJobs, maxRequestBytes, maxMediaBytes, value, shutdownGrace);
  }

  /** A copy with another shutdown grace period. */
  public EngineLimits withShutdownGrace(Duration value) {
    return new EngineLimits(maxQueuedJobs, maxRequestBytes, maxMediaBytes, jobTimeout, value);
  }
}
