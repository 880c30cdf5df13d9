package dev.reportengine.benchmarks;

import java.util.Arrays;

/**
 * Statistics of times measured in interleaved pairs ({@link PdfInterleavedRatio}, {@link
 * JobTemplateRatio}): per-pair ratios, their mean, standard deviation and 99.9 % interval.
 */
final class PairedRatios {

  /** The normal distribution's two-sided 99.9 % quantile. */
  static final double Z_999 = 3.2905;

  private PairedRatios() {}

  /** {@code a[i] / b[i]} for every pair. */
  static double[] ratios(long[] a, long[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = (double) a[i] / b[i];
    }
    return r;
  }

  /** The sum of {@code a} over the sum of {@code b}. */
  static double ratioOfSums(long[] a, long[] b) {
    return (double) Arrays.stream(a).sum() / Arrays.stream(b).sum();
  }

  static double mean(long[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  /** The sample standard deviation. */
  static double sd(double[] values) {
    double m = mean(values);
    double ss = 0;
    for (double v : values) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (values.length - 1));
  }

  /** Half the width of the mean's 99.9 % interval (normal quantile: for about 30 pairs or more). */
  static double halfWidth(double[] values) {
    return Z_999 * sd(values) / Math.sqrt(values.length);
  }
}
