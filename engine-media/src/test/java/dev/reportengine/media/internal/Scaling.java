package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Checks that work grows about linearly with input size: a case runs at 1x, 4x and 16x its base
 * size (best of five runs, after a warm-up) and fails only when both steps look quadratic: 16x
 * costs 64 times 1x or more (quadratic work costs 256x, linear 16x) and 16x costs 8 times 4x or
 * more (quadratic 16x, linear 4x). Ratios, not times, so a slow machine does not matter; each run
 * is timed in the CPU time of the test's thread, so other processes on a busy machine do not
 * either; and the second ratio keeps a 1x run that is too quick to time well (a few ms) from
 * failing a linear case. To keep suites short, the 16x runs stop early once one of them is under
 * half the bound: more runs could only lower the ratio, so the outcome is settled. A case that
 * looks quadratic is measured again, up to {@link #ATTEMPTS} times in all, and fails only if it
 * looks quadratic every time.
 */
final class Scaling {

  /** The most that 16 times the input may cost, in multiples of the base run. */
  static final double MAX_RATIO = 64;

  /** The most that 16 times the input may cost, in multiples of the 4x run. */
  static final double MAX_STEP_RATIO = 8;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Now in the CPU time of this thread when the JVM measures it, else in wall-clock time. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  /** Whether 1x, 4x and 16x times show quadratic growth: both ratios at or over their bounds. */
  static boolean quadratic(double one, double four, double sixteen) {
    return sixteen / one >= MAX_RATIO && sixteen / four >= MAX_STEP_RATIO;
  }

  private Scaling() {}

  /** The best of five runs, in nanoseconds. */
  static double bestNanos(Supplier<?> run) {
    return bestNanos(run, 0);
  }

  /**
   * The best of five runs, in nanoseconds; stops early once a run takes less than {@code enough}.
   */
  static double bestNanos(Supplier<?> run, double enough) {
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 5 && best >= enough; k++) {
      long start = now();
      assertThat(run.get()).isNotNull();
      best = Math.min(best, now() - start);
    }
    return best;
  }

  /**
   * Asserts that {@code atSize} at 16 times {@code base} costs less than {@link #MAX_RATIO} times
   * {@code base}; prints and returns the ratio. {@code atSize} prepares the input outside the
   * timing and returns the work to time.
   */
  static double assertNearLinear(String name, IntFunction<Supplier<?>> atSize, int base) {
    // A busy machine can slow one measurement (a collection, a core taken mid-run); quadratic work
    // looks quadratic every time, so a case fails only when all attempts do.
    AssertionError last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return measure(name, atSize, base);
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  /** How many times a case is measured before it fails. */
  static final int ATTEMPTS = 3;

  private static double measure(String name, IntFunction<Supplier<?>> atSize, int base) {
    long began = System.nanoTime();
    bestNanos(atSize.apply(base)); // warm-up
    double one = bestNanos(atSize.apply(base));
    double four = bestNanos(atSize.apply(base * 4));
    double sixteen = bestNanos(atSize.apply(base * 16), one * MAX_RATIO / 2);
    String times =
        String.format(
            Locale.ROOT,
            "%s: 1x (%d) %.1f ms, 4x %.1f ms, 16x %.1f ms (CPU); ratio 4x/1x %.1f, 16x/1x %.1f,"
                + " 16x/4x %.1f; %.1f s",
            name,
            base,
            one / 1e6,
            four / 1e6,
            sixteen / 1e6,
            four / one,
            sixteen / one,
            sixteen / four,
            (System.nanoTime() - began) / 1e9);
    System.out.println("[scaling] " + times);
    assertThat(quadratic(one, four, sixteen)).as(times).isFalse();
    return sixteen / one;
  }
}
