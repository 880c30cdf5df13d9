package dev.reportengine.testkit;

import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Engines for tests whose every step the test controls.
 *
 * <pre>{@code
 * ManualExecutor executor = new ManualExecutor();
 * MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
 * try (ReportEngine engine =
 *     TestEngines.manual(executor, clock).mediaSource(media).build()) {
 *   JobHandle job = engine.submit(request);   // job_1, queued: nothing ran yet
 *   clock.advance(Duration.ofSeconds(5));
 *   executor.runAll();                         // runs the job on this thread
 * }
 * }</pre>
 */
public final class TestEngines {

  private TestEngines() {}

  /**
   * A builder preconfigured with {@code executor} to run jobs, a same-thread event executor (event
   * listeners are called before the engine call that caused the event returns), parallelism 1,
   * {@code clock}, and ids counting up from 1 ({@code job_1}, {@code rep_1}, {@code job_2}, ...).
   * The caller adds at least a media source and may add templates, a store, limits and the rest;
   * the executor, event executor, parallelism, clock and ids are set and cannot be set again.
   */
  public static ReportEngineBuilder manual(ManualExecutor executor, MutableClock clock) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(clock, "clock");
    AtomicLong ids = new AtomicLong();
    return ReportEngine.builder()
        .executor(executor)
        .eventExecutor(Runnable::run)
        .parallelism(1)
        .clock(clock)
        .ids(() -> Long.toString(ids.incrementAndGet()));
  }
}
