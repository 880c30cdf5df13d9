package dev.reportengine.api;

import java.util.Optional;

/** How the engine picks the person a report is about ({@code target.strategy}). */
public enum TargetStrategy {
  /** The entity with the most speaking time; ties go to most words, then the smallest id. */
  DOMINANT("dominant"),
  /** The entity with the most speaking time inside {@code target.timerange}. */
  TIMERANGE("timerange"),
  /** The entity whose id equals {@code target.entity_id} exactly. */
  ENTITY_ID("entity_id"),
  /** The entity that free text in {@code target.hint} describes, such as a name. */
  MAGIC_HINT("magic_hint");

  private final String wireName;

  TargetStrategy(String wireName) {
    this.wireName = wireName;
  }

  /** The contract's name for this strategy. */
  public String wireName() {
    return wireName;
  }

  /** Returns the strategy with the given contract name, if there is one. */
  public static Optional<TargetStrategy> fromWireName(String name) {
    for (TargetStrategy value : VALUES) {
      if (value.wireName.equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The constants, made once: {@code values()} copies them on every call. */
  private static final TargetStrategy[] VALUES = values();

  @Override
  public String toString() {
    return wireName;
  }
}
