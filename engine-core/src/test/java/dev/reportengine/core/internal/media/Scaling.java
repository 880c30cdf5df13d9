package dev.reportengine.core.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Checks that work grows about linearly with input size: a case runs at 1x, 4x and 16x its base
 * size (best of five runs, after a warm-up) and the time at 16x must stay well under the 256x that
 * quadratic work would take. Ratios, not times, so a slow or busy machine does not matter; the
 * bound (64x) leaves four times the linear ratio for noise. To keep suites short, the 16x runs stop
 * early once one of them is under half the bound: more runs could only lower the ratio, so the
 * outcome is settled; the ratio printed is then an upper bound of the best-of-five one.
 */
final class Scaling {

  /** The most that 16 times the input may cost, in multiples of the base run. */
  static final double MAX_RATIO = 64;

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
      long start = System.nanoTime();
      assertThat(run.get()).isNotNull();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /**
   * Asserts that {@code atSize} at 16 times {@code base} costs less than {@link #MAX_RATIO} times
   * {@code base}; prints and returns the ratio. {@code atSize} prepares the input outside the
   * timing and returns the work to time.
   */
  static double assertNearLinear(String name, IntFunction<Supplier<?>> atSize, int base) {
    long began = System.nanoTime();
    bestNanos(atSize.apply(base)); // warm-up
    double one = bestNanos(atSize.apply(base));
    double four = bestNanos(atSize.apply(base * 4));
    double sixteen = bestNanos(atSize.apply(base * 16), one * MAX_RATIO / 2);
    String times =
        String.format(
            Locale.ROOT,
            "%s: 1x (%d) %.1f ms, 4x %.1f ms, 16x %.1f ms; ratio 4x/1x %.1f, 16x/1x %.1f; %.1f s",
            name,
            base,
            one / 1e6,
            four / 1e6,
            sixteen / 1e6,
            four / one,
            sixteen / one,
            (System.nanoTime() - began) / 1e9);
    System.out.println("[scaling] " + times);
    assertThat(sixteen / one).as(times).isLessThan(MAX_RATIO);
    return sixteen / one;
  }
}
