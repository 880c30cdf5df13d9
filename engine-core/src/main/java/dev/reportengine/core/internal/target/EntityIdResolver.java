package dev.reportengine.core.internal.target;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;
import java.util.List;
import java.util.stream.Collectors;

/** {@code entity_id}: the entity whose id equals {@code target.entity_id} exactly. */
public final class EntityIdResolver implements TargetResolver {

  @Override
  public TargetStrategy strategy() {
    return TargetStrategy.ENTITY_ID;
  }

  @Override
  public Resolution resolve(ResolutionContext context) {
    String wanted =
        context
            .target()
            .entityId()
            .orElseThrow(() -> new IllegalArgumentException("entity_id strategy without an id"));
    return context
        .media()
        .entity(wanted)
        .<Resolution>map(
            e -> new Resolution.Found(e, 1.0, "exact_id", List.of(Evidence.of("id " + e.id()))))
        .orElseGet(
            () ->
                new Resolution.Miss(
                    "no entity with id ["
                        + wanted
                        + "]; known: "
                        + context.media().entities().stream()
                            .map(Entity::id)
                            .sorted()
                            .collect(Collectors.joining(", "))));
  }
}
