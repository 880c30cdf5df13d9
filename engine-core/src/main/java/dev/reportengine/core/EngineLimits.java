package dev.reportengine.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep an engine's memory and time bounded.
 *
 * @param maxQueuedJobs how many jobs may wait for a worker; a submit beyond that fails at once with
 *     code {@code overloaded}
 * @param maxRequestBytes the largest request body the JSON facade accepts, in UTF-8 bytes
 * @param maxMediaBytes the largest media file a {@linkplain
 *     MediaSources#directory(java.nio.file.Path) directory source} given to the engine reads,
 *     checked before reading (the smaller of this and the source's own limit counts); a larger file
 *     fails the job with {@code media_unreadable}
 * @param jobTimeout a job's deadline counted from its submit, unless the submit sets another
 *     ({@link SubmitOptions#withTimeout}); past it the job fails with code {@code timeout}
 * @param shutdownGrace how long {@link ReportEngine#close()} waits for jobs to finish
 * @param idempotencyRetention how long an idempotency key is remembered after its first use
 * @param maxUtterances the most utterances a transcript may hold, from any media source; more fails
 *     the job with {@code media_unreadable} before any analysis
 * @param maxSpeakers the most speakers (entities) a transcript may hold, likewise
 */
public record EngineLimits(
    int maxQueuedJobs,
    int maxRequestBytes,
    long maxMediaBytes,
    Duration jobTimeout,
    Duration shutdownGrace,
    Duration idempotencyRetention,
    int maxUtterances,
    int maxSpeakers) {

  /**
   * The defaults: 1,000 queued jobs, 1 MiB requests, 64 MiB media, 5 min per job, 30 s grace, 24 h
   * idempotency keys, 500,000 utterances and 5,000 speakers per transcript.
   */
  public static final EngineLimits DEFAULTS =
      new EngineLimits(
          1_000,
          1 << 20,
          64L << 20,
          Duration.ofMinutes(5),
          Duration.ofSeconds(30),
          Duration.ofHours(24),
          500_000,
          5_000);

  /** Requires positive limits. */
  public EngineLimits {
    requirePositive("maxQueuedJobs", maxQueuedJobs);
    requirePositive("maxRequestBytes", maxRequestBytes);
    requirePositive("maxMediaBytes", maxMediaBytes);
    requirePositive("jobTimeout", jobTimeout);
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownGrace must not be negative, got " + shutdownGrace);
    }
    requirePositive("idempotencyRetention", idempotencyRetention);
    requirePositive("maxUtterances", maxUtterances);
    requirePositive("maxSpeakers", maxSpeakers);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  /** A copy with another queue bound. */
  public EngineLimits withMaxQueuedJobs(int value) {
    return new EngineLimits(
        value,
        maxRequestBytes,
        maxMediaBytes,
        jobTimeout,
        shutdownGrace,
        idempotencyRetention,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another request size limit. */
  public EngineLimits withMaxRequestBytes(int value) {
    return new EngineLimits(
        maxQueuedJobs,
        value,
        maxMediaBytes,
        jobTimeout,
        shutdownGrace,
        idempotencyRetention,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another media size limit. */
  public EngineLimits withMaxMediaBytes(long value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        value,
        jobTimeout,
        shutdownGrace,
        idempotencyRetention,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another default job timeout. */
  public EngineLimits withJobTimeout(Duration value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        maxMediaBytes,
        value,
        shutdownGrace,
        idempotencyRetention,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another shutdown grace period. */
  public EngineLimits withShutdownGrace(Duration value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        maxMediaBytes,
        jobTimeout,
        value,
        idempotencyRetention,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another idempotency retention window. */
  public EngineLimits withIdempotencyRetention(Duration value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        maxMediaBytes,
        jobTimeout,
        shutdownGrace,
        value,
        maxUtterances,
        maxSpeakers);
  }

  /** A copy with another bound on utterances per transcript. */
  public EngineLimits withMaxUtterances(int value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        maxMediaBytes,
        jobTimeout,
        shutdownGrace,
        idempotencyRetention,
        value,
        maxSpeakers);
  }

  /** A copy with another bound on speakers per transcript. */
  public EngineLimits withMaxSpeakers(int value) {
    return new EngineLimits(
        maxQueuedJobs,
        maxRequestBytes,
        maxMediaBytes,
        jobTimeout,
        shutdownGrace,
        idempotencyRetention,
        maxUtterances,
        value);
  }
}
