package dev.reportengine.core.internal.webhook;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's own delivery threads: one timer thread that waits out retry delays, and a few sender
 * threads (started on demand, ended when idle) that make the HTTP calls, so a slow endpoint holds a
 * sender thread, never a job worker or the timer.
 */
public final class ThreadDeliveryScheduler implements DeliveryScheduler {
  /** Thread names start with this. */
  public static final String THREAD_PREFIX = "report-engine-webhook-";

  private final ScheduledThreadPoolExecutor timer;
  private final ThreadPoolExecutor senders;

  /** A scheduler with {@code senderThreads} concurrent attempts at most. */
  public ThreadDeliveryScheduler(int senderThreads) {
    this.timer = new ScheduledThreadPoolExecutor(1, threads("timer-"));
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.senders =
        new ThreadPoolExecutor(
            senderThreads,
            senderThreads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads("sender-"));
    senders.allowCoreThreadTimeOut(true);
  }

  @Override
  public void schedule(Runnable attempt, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      senders.execute(attempt);
    } else {
      timer.schedule(() -> senders.execute(attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close(Duration grace) {
    timer.shutdownNow();
    senders.shutdown();
    try {
      if (!senders.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        senders.shutdownNow();
        senders.awaitTermination(1, TimeUnit.SECONDS);
      }
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String kind) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, THREAD_PREFIX + kind + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
