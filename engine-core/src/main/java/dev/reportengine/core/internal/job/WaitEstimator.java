package dev.reportengine.core.internal.job;

import java.util.OptionalDouble;

/**
 * Estimates how long a new job waits before a worker takes it, from the jobs ahead of it, the
 * parallelism and a moving average of recent job durations. Thread-safe.
 */
final class WaitEstimator {

  private static final double WEIGHT = 0.2;

  private final int parallelism;
  private double averageSeconds = Double.NaN;

  WaitEstimator(int parallelism) {
    this.parallelism = parallelism;
  }

  /** Records a finished job's running time. */
  synchronized void record(double seconds) {
    averageSeconds =
        Double.isNaN(averageSeconds) ? seconds : WEIGHT * seconds + (1 - WEIGHT) * averageSeconds;
  }

  /**
   * The expected wait of a job submitted now, or empty when no job has finished yet to base it on.
   *
   * @param queuedAhead jobs waiting ahead of it
   * @param running jobs running now
   */
  synchronized OptionalDouble estimate(int queuedAhead, int running) {
    int busy = queuedAhead + running;
    if (busy < parallelism) {
      return OptionalDouble.of(0);
    }
    if (Double.isNaN(averageSeconds)) {
      return OptionalDouble.empty();
    }
    int rounds = (busy - parallelism) / parallelism + 1;
    return OptionalDouble.of(Math.round(rounds * averageSeconds * 1000) / 1000.0);
  }
}
