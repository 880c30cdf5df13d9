package dev.reportengine.core.internal.target;

import dev.reportengine.api.TimeRange;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Speaking time and word counts per entity, optionally clipped to a time range, with the
 * deterministic ranking the resolvers share: most speaking time, then most words, then smallest id.
 */
final class SpeechTotals {

  /** One entity's totals. */
  record Total(Entity entity, double seconds, long words) {}

  private static final Comparator<Total> RANKING =
      Comparator.comparingDouble(Total::seconds)
          .reversed()
          .thenComparing(Comparator.comparingLong(Total::words).reversed())
          .thenComparing(t -> t.entity().id());

  private final List<Total> ranked;
  private final double allSeconds;

  private SpeechTotals(List<Total> ranked) {
    this.ranked = ranked;
    this.allSeconds = ranked.stream().mapToDouble(Total::seconds).sum();
  }

  /** Totals over the whole media. */
  static SpeechTotals of(Media media) {
    return within(
        media, new TimeRange(java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()));
  }

  /**
   * Totals of speech inside {@code range}: each utterance counts for its overlap with the range,
   * and its words in the same proportion.
   */
  static SpeechTotals within(Media media, TimeRange range) {
    double from = range.startSeconds().orElse(0);
    double to = range.endSeconds().orElse(Double.POSITIVE_INFINITY);
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Utterance u : media.utterances()) {
      double overlap = Math.min(u.endSeconds(), to) - Math.max(u.startSeconds(), from);
      boolean instantInside = u.durationSeconds() == 0 && range.contains(u.startSeconds());
      if (overlap <= 0 && !instantInside) {
        continue;
      }
      double share = u.durationSeconds() == 0 ? 1 : Math.max(0, overlap) / u.durationSeconds();
      double[] sum = sums.computeIfAbsent(u.entityId(), id -> new double[2]);
      sum[0] += Math.max(0, overlap);
      sum[1] += share * wordCount(u.text());
    }
    List<Total> totals =
        media.entities().stream()
            .filter(e -> sums.containsKey(e.id()))
            .map(e -> new Total(e, sums.get(e.id())[0], Math.round(sums.get(e.id())[1])))
            .sorted(RANKING)
            .toList();
    return new SpeechTotals(totals);
  }

  /** The top-ranked entity, if anyone spoke. */
  Optional<Total> top() {
    return ranked.stream().findFirst();
  }

  /** All entities that spoke, best first. */
  List<Total> ranked() {
    return ranked;
  }

  /** The total speaking time of everyone. */
  double allSeconds() {
    return allSeconds;
  }

  static long wordCount(String text) {
    long count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
