package dev.reportengine.core.internal.webhook;

import java.time.Duration;

/**
 * Runs delivery attempts off the job workers: now, or after a delay. The default is {@link
 * ThreadDeliveryScheduler}; tests use a manual one with virtual time.
 */
public interface DeliveryScheduler {

  /**
   * Runs {@code attempt} after {@code delay}.
   *
   * @throws java.util.concurrent.RejectedExecutionException once closed
   */
  void schedule(Runnable attempt, Duration delay);

  /**
   * Drops attempts not yet due, lets running and due ones finish within {@code grace}, then
   * interrupts what is left and stops every thread it made. Idempotent.
   */
  void close(Duration grace);
}
