package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One entity's score under one hint rule, with the evidence for it.
 *
 * @param entity the entity
 * @param score in 0..1
 * @param rule the rule's name, such as {@code self_introduction}
 * @param evidence why, strongest first
 */
record Scored(Entity entity, double score, String rule, List<Evidence> evidence) {

  /** Highest score first; equal scores by entity id, so the order is deterministic. */
  static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entity().id());

  Scored {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(rule, "rule");
    evidence = List.copyOf(evidence);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in 0..1, got " + score);
    }
  }
}
