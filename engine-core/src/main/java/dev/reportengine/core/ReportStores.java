package dev.reportengine.core;

import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.internal.store.FileReportStore;
import dev.reportengine.core.internal.store.InMemoryReportStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The standard {@link ReportStore}s. */
public final class ReportStores {

  private ReportStores() {}

  /**
   * An in-memory store that keeps up to 10,000 finished jobs, 10,000 reports and 10,000 idempotency
   * keys, finished jobs and reports for up to 24 hours after their last write. The engine's
   * default.
   */
  public static ReportStore inMemory() {
    return inMemory(10_000, Duration.ofHours(24));
  }

  /**
   * An in-memory store bounded by entry count and age, backed by Caffeine. When a bound is reached,
   * finished jobs and reports are forgotten first; a job that has not ended is never forgotten.
   *
   * @param maxEntries how many finished jobs, and separately how many reports and idempotency keys,
   *     to keep; at least 1
   * @param retention how long a finished job or report is kept after its last write; positive
   */
  public static ReportStore inMemory(long maxEntries, Duration retention) {
    return new InMemoryReportStore(maxEntries, retention);
  }

  /**
   * A durable store in one directory, created if missing: one human-readable JSON file per job,
   * request, report and idempotency key, each written atomically (temporary file, fsync, rename,
   * fsync of the directory), so a crash at any point leaves no torn file. An engine built on it
   * runs again, on start, the jobs it finds queued or running.
   *
   * <p>One engine at a time per directory: {@link ReportEngineBuilder#build()} locks it (the file
   * {@code .lock} in it) until the engine is closed, and fails while another engine, in this JVM or
   * in another process, holds it. On start the engine moves a bad job file (empty, cut off, not
   * UTF-8 or JSON, unreadable, a directory) into {@code quarantine/}, logs it and starts with the
   * rest. A bad file read later gives an error with code {@code internal} that names the file
   * relative to the directory.
   *
   * @throws java.io.UncheckedIOException if the directory cannot be created
   */
  public static ReportStore directory(Path dir) {
    return new FileReportStore(dir, Clock.systemUTC());
  }
}
