package dev.reportengine.core.internal.webhook;

import dev.reportengine.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * A scheduler on virtual time: attempts run on the test's thread when the test says so, and running
 * the next one moves the test clock to its due time, so a ten-hour retry takes no time.
 */
final class ManualDeliveryScheduler implements DeliveryScheduler {

  private record Scheduled(Instant due, long order, Runnable attempt) {}

  private final MutableClock clock;
  private final List<Scheduled> pending = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();
  private long order;
  private boolean closed;

  ManualDeliveryScheduler(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void schedule(Runnable attempt, Duration delay) {
    if (closed) {
      throw new RejectedExecutionException("closed");
    }
    delays.add(delay);
    pending.add(new Scheduled(clock.instant().plus(delay), order++, attempt));
  }

  /** Every delay asked for, in order. */
  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  synchronized int pending() {
    return pending.size();
  }

  /** Moves the clock to the next attempt's due time (never back) and runs it. */
  void runNext() {
    Scheduled next;
    synchronized (this) {
      next =
          pending.stream()
              .min(Comparator.comparing(Scheduled::due).thenComparing(Scheduled::order))
              .orElseThrow(() -> new IllegalStateException("nothing scheduled"));
      pending.remove(next);
    }
    Duration wait = Duration.between(clock.instant(), next.due());
    if (!wait.isNegative()) {
      clock.advance(wait);
    }
    next.attempt().run();
  }

  /** Runs attempts until none is left. */
  void runAll() {
    while (pending() > 0) {
      runNext();
    }
  }

  @Override
  public synchronized void close(Duration grace) {
    closed = true;
    pending.clear();
  }
}
