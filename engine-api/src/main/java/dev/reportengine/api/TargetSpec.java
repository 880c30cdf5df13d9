package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the report is about ({@code target}). Which of the optional fields matter depends on the
 * strategy: {@code timerange} for {@link TargetStrategy#TIMERANGE}, {@code entity_id} for {@link
 * TargetStrategy#ENTITY_ID}, {@code hint} for {@link TargetStrategy#MAGIC_HINT}. The engine checks
 * this at submit; this record holds whatever the caller gave.
 *
 * <pre>{@code
 * TargetSpec target = TargetSpec.magicHint("Maria").withOnMiss(OnMiss.FALLBACK_DOMINANT);
 * }</pre>
 *
 * @param strategy {@code strategy}
 * @param onMiss {@code on_miss}; {@link OnMiss#ERROR} when the caller omitted it
 * @param timerange {@code timerange}
 * @param hint {@code hint}
 * @param entityId {@code entity_id}
 */
public record TargetSpec(
    TargetStrategy strategy,
    OnMiss onMiss,
    Optional<TimeRange> timerange,
    Optional<String> hint,
    Optional<String> entityId) {

  /** Requires non-null components. */
  public TargetSpec {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(onMiss, "onMiss");
    Objects.requireNonNull(timerange, "timerange");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(entityId, "entityId");
  }

  /** The speaker with the most speaking time. */
  public static TargetSpec dominant() {
    return new TargetSpec(
        TargetStrategy.DOMINANT,
        OnMiss.ERROR,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The speaker with the most speaking time inside {@code range}. */
  public static TargetSpec timerange(TimeRange range) {
    return new TargetSpec(
        TargetStrategy.TIMERANGE,
        OnMiss.ERROR,
        Optional.of(range),
        Optional.empty(),
        Optional.empty());
  }

  /** The entity with exactly this id. */
  public static TargetSpec entityId(String entityId) {
    return new TargetSpec(
        TargetStrategy.ENTITY_ID,
        OnMiss.ERROR,
        Optional.empty(),
        Optional.empty(),
        Optional.of(entityId));
  }

  /** The entity that {@code hint} describes. */
  public static TargetSpec magicHint(String hint) {
    return new TargetSpec(
        TargetStrategy.MAGIC_HINT,
        OnMiss.ERROR,
        Optional.empty(),
        Optional.of(hint),
        Optional.empty());
  }

  /** Returns a copy with another miss policy. */
  public TargetSpec withOnMiss(OnMiss policy) {
    return new TargetSpec(strategy, policy, timerange, hint, entityId);
  }
}
