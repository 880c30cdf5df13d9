package dev.reportengine.core.internal.target;

import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.Resolution.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns ranked speech totals into a resolution with evidence for the top two entities and every
 * speaker as a candidate scored by their share of the speaking time.
 */
final class Ranking {

  private Ranking() {}

  static Resolution best(SpeechTotals totals, String rule, String missReason) {
    if (totals.top().isEmpty() || totals.allSeconds() <= 0 && totals.top().get().words() == 0) {
      return new Resolution.Miss(missReason);
    }
    List<Evidence> evidence = new ArrayList<>();
    for (SpeechTotals.Total t : totals.ranked().subList(0, Math.min(2, totals.ranked().size()))) {
      evidence.add(Evidence.of(describe(t, totals.allSeconds())));
    }
    List<Resolution.Candidate> candidates = new ArrayList<>();
    for (SpeechTotals.Total t : totals.ranked()) {
      double share = totals.allSeconds() <= 0 ? 0 : Math.min(1, t.seconds() / totals.allSeconds());
      candidates.add(new Resolution.Candidate(t.entity(), share, rule));
    }
    return new Resolution.Found(totals.top().get().entity(), 1.0, rule, evidence, candidates);
  }

  private static String describe(SpeechTotals.Total t, double all) {
    String share =
        all <= 0
            ? "0"
            : BigDecimal.valueOf(100 * t.seconds() / all)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    return t.entity().displayName()
        + " ["
        + t.entity().id()
        + "]: "
        + BigDecimal.valueOf(t.seconds()).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + " s of speech ("
        + share
        + "% of all), "
        + t.words()
        + " words";
  }
}
