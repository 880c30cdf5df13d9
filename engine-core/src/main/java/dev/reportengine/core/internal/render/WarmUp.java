package dev.reportengine.core.internal.render;

import dev.reportengine.api.spi.ReportRenderer;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Warms renderers up on one daemon thread of the engine's own ({@code report-engine-warmup}), so
 * that building the engine does not wait and its first render is not seconds slower. The thread
 * ends when the warm-up is done; {@link #close} skips what has not started and waits for what runs.
 * A failed warm-up is logged ({@code System.Logger} {@code dev.reportengine.core}, WARNING) and
 * leaves the renderer usable: its first render then pays the cost.
 */
public final class WarmUp {

  private static final System.Logger LOG = System.getLogger("dev.reportengine.core");

  private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(10);

  private final ThreadPoolExecutor thread;

  private WarmUp(ThreadPoolExecutor thread) {
    this.thread = thread;
  }

  /** Starts warming up the renderers; with none, starts no thread. */
  public static WarmUp start(Collection<ReportRenderer> renderers) {
    if (renderers.isEmpty()) {
      return new WarmUp(null);
    }
    ThreadPoolExecutor thread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "report-engine-warmup");
              t.setDaemon(true);
              return t;
            });
    for (ReportRenderer renderer : renderers) {
      thread.execute(() -> warm(renderer));
    }
    thread.shutdown();
    return new WarmUp(thread);
  }

  private static void warm(ReportRenderer renderer) {
    if (Thread.currentThread().isInterrupted()) {
      return;
    }
    try {
      renderer.warmUp();
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "warm-up of renderer " + renderer.getClass().getName() + " failed: " + e.getMessage(),
          e);
    }
  }

  /** Whether the warm-up has ended (or never started a thread). */
  public boolean isDone() {
    return thread == null || thread.isTerminated();
  }

  /**
   * Skips the warm-ups that have not started, waits up to {@code wait} for the running one, then
   * interrupts it and waits up to 10 more seconds for it to end (a render is not stopped half-way).
   * A warm-up that outlasts that is abandoned; its daemon thread ends when it returns.
   */
  public void close(Duration wait) {
    if (thread == null) {
      return;
    }
    thread.getQueue().clear();
    try {
      if (!thread.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        thread.shutdownNow();
        thread.awaitTermination(AFTER_INTERRUPT.toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
