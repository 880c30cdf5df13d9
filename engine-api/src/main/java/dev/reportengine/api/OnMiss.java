package dev.reportengine.api;

import java.util.Optional;

/** What happens when the target strategy finds nobody ({@code target.on_miss}). */
public enum OnMiss {
  /** Use the dominant speaker instead, and record the miss in the report's {@code raw}. */
  FALLBACK_DOMINANT("fallback_dominant"),
  /** Fail the job with {@link ErrorCode#TARGET_NOT_FOUND}. The contract's default. */
  ERROR("error");

  private final String wireName;

  OnMiss(String wireName) {
    this.wireName = wireName;
  }

  /** The contract's name for this policy. */
  public String wireName() {
    return wireName;
  }

  /** Returns the policy with the given contract name, if there is one. */
  public static Optional<OnMiss> fromWireName(String name) {
    for (OnMiss value : VALUES) {
      if (value.wireName.equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The constants, made once: {@code values()} copies them on every call. */
  private static final OnMiss[] VALUES = values();

  @Override
  public String toString() {
    return wireName;
  }
}
