package dev.reportengine.core.internal.target;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;

/** {@code dominant}: the entity with the most speaking time; ties: most words, then smallest id. */
public final class DominantResolver implements TargetResolver {

  @Override
  public TargetStrategy strategy() {
    return TargetStrategy.DOMINANT;
  }

  @Override
  public Resolution resolve(ResolutionContext context) {
    return Ranking.best(
        SpeechTotals.of(context.media()), "most_speaking_time", "the media has no speech");
  }
}
