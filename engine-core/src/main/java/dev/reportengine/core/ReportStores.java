package dev.reportengine.core;

import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.internal.store.InMemoryReportStore;
import java.time.Duration;

/** The standard {@link ReportStore}s. */
public final class ReportStores {

  private ReportStores() {}

  /**
   * An in-memory store that keeps up to 10,000 jobs and 10,000 reports, each for up to 24 hours
   * after its last write. The engine's default.
   */
  public static ReportStore inMemory() {
    return inMemory(10_000, Duration.ofHours(24));
  }

  /**
   * An in-memory store bounded by entry count and age, backed by Caffeine. When a bound is reached,
   * the least recently used finished jobs and reports are forgotten first.
   *
   * @param maxEntries how many jobs, and separately how many reports, to keep; at least 1
   * @param retention how long an entry is kept after its last write; positive
   */
  public static ReportStore inMemory(long maxEntries, Duration retention) {
    return new InMemoryReportStore(maxEntries, retention);
  }
}
