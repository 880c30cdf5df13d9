package dev.reportengine.core.internal.job;

import dev.reportengine.api.spi.StoreRetention;
import java.lang.System.Logger.Level;

/**
 * One turn of a store's retention: batches of {@value #BATCH} jobs while they come back full, at
 * most {@value #MAX_BATCHES} and about one second a turn, so that a turn on the runtime's scheduler
 * thread never holds up heartbeats for long; a backlog drains over a few turns.
 */
final class RetentionSweep implements Runnable {

  static final int BATCH = 500;
  static final int MAX_BATCHES = 10;
  private static final long TURN_NANOS = 1_000_000_000L;
  private static final System.Logger LOG = System.getLogger(RetentionSweep.class.getName());

  private final StoreRetention store;

  RetentionSweep(StoreRetention store) {
    this.store = store;
  }

  @Override
  public void run() {
    int deleted = 0;
    long began = System.nanoTime();
    for (int batch = 0; batch < MAX_BATCHES && System.nanoTime() - began < TURN_NANOS; batch++) {
      int got = store.purge(new StoreRetention.Purge(BATCH));
      deleted += got;
      if (got < BATCH) {
        break;
      }
    }
    if (deleted > 0) {
      LOG.log(Level.DEBUG, deleted + " finished jobs past the store's retention were deleted");
    }
  }
}
