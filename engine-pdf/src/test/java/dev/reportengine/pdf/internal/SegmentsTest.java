package dev.reportengine.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.pdf.PdfLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  private static PdfLimits maxSegments(int n) {
    return new PdfLimits(1_000, 10, 10, 10, 10, 8, n);
  }

  @Test
  void mergesSpeechCloserThanATenthOfAPercentOfTheDuration() {
    List<double[]> spans =
        List.of(new double[] {0, 10}, new double[] {10.5, 20}, new double[] {50, 60});

    List<double[]> merged = Segments.merge(spans, 1_000, maxSegments(100));

    assertThat(merged).hasSize(2);
    assertThat(merged.get(0)).containsExactly(0, 20);
    assertThat(merged.get(1)).containsExactly(50, 60);
  }

  @Test
  void staysWithinTheBoundWhenThereAreManyStretches() {
    List<double[]> spans = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      spans.add(new double[] {i * 3.6, i * 3.6 + 2});
    }

    List<double[]> merged = Segments.merge(spans, 36_000, maxSegments(50));

    assertThat(merged).hasSizeLessThanOrEqualTo(50).isNotEmpty();
    assertThat(merged.get(0)[0]).isZero();
    assertThat(merged.get(merged.size() - 1)[1]).isEqualTo(9_999 * 3.6 + 2);
  }
}
