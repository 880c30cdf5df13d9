package dev.reportengine.core.internal.target;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;

/**
 * {@code timerange}: the entity with the most speaking time overlapping the range (open bounds
 * allowed); ties as for {@code dominant}.
 */
public final class TimeRangeResolver implements TargetResolver {

  @Override
  public TargetStrategy strategy() {
    return TargetStrategy.TIMERANGE;
  }

  @Override
  public Resolution resolve(ResolutionContext context) {
    TimeRange range =
        context
            .target()
            .timerange()
            .orElseThrow(() -> new IllegalArgumentException("timerange strategy without a range"));
    return Ranking.best(
        SpeechTotals.within(context.media(), range),
        "most_speaking_time_in_range",
        "nobody speaks between "
            + describe(range.startSeconds(), "the start")
            + " and "
            + describe(range.endSeconds(), "the end")
            + " of the media ("
            + context.media().durationSeconds()
            + " s long)");
  }

  private static String describe(java.util.OptionalDouble bound, String open) {
    return bound.isPresent() ? bound.getAsDouble() + " s" : open;
  }
}
