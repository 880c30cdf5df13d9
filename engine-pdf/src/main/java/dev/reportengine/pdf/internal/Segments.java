package dev.reportengine.pdf.internal;

import dev.reportengine.pdf.PdfLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges stretches of speech that lie closer than the drawing can show, within a bound. */
final class Segments {

  private Segments() {}

  /**
   * Merges {@code spans} ({@code [start, end]} pairs) whose gap is under 0.1 % of {@code duration},
   * then doubles that gap until at most {@code maxTimelineSegments} remain.
   */
  static List<double[]> merge(List<double[]> spans, double duration, PdfLimits limits) {
    List<double[]> sorted =
        spans.stream().sorted(Comparator.comparingDouble((double[] s) -> s[0])).toList();
    double gap = duration / 1000;
    List<double[]> merged = mergeWithin(sorted, gap);
    while (merged.size() > limits.maxTimelineSegments()) {
      gap *= 2;
      merged = mergeWithin(merged, gap);
    }
    return merged;
  }

  private static List<double[]> mergeWithin(List<double[]> sorted, double gap) {
    List<double[]> out = new ArrayList<>();
    double[] current = null;
    for (double[] s : sorted) {
      if (current != null && s[0] - current[1] <= gap) {
        current[1] = Math.max(current[1], s[1]);
      } else {
        current = new double[] {s[0], s[1]};
        out.add(current);
      }
    }
    return out;
  }
}
