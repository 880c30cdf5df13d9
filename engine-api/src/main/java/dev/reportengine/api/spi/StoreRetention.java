package dev.reportengine.api.spi;

/**
 * A store that deletes, in batches, what it no longer keeps: finished jobs older than its
 * retention, with everything that belongs to them. When the engine's store implements it, the
 * engine asks it to {@linkplain #purge purge} every {@code ClaimSettings.heartbeat()}, one batch
 * after another while batches come back full (a few at most per turn); engines sharing the store
 * may all ask at once, and an implementation must let them (each row deleted once, no waiting on
 * each other). The store decides what is old enough, on its own clock; a store without a retention
 * deletes nothing. Implementations must be thread-safe.
 */
public interface StoreRetention {

  /**
   * One batch.
   *
   * @param maxJobs the most jobs one call deletes, at least 1
   */
  record Purge(int maxJobs) {

    /** Requires {@code maxJobs >= 1}. */
    public Purge {
      if (maxJobs < 1) {
        throw new IllegalArgumentException("maxJobs must be at least 1, got " + maxJobs);
      }
    }
  }

  /**
   * Deletes up to {@code purge.maxJobs()} jobs that ended longer ago than the store's retention,
   * with their requests, reports, rendered documents, events, idempotency records and finished
   * webhook deliveries, and up to as many expired idempotency records. Never deletes a job that has
   * not ended.
   *
   * @return how many jobs it deleted
   */
  int purge(Purge purge);
}
