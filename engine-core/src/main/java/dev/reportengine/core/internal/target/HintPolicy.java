package dev.reportengine.core.internal.target;

/**
 * When a magic hint counts as found.
 *
 * @param minConfidence the top candidate's score must reach this, in 0..1 (default 0.5)
 * @param minMargin the top candidate must lead the runner-up of the same rule by at least this
 *     (default 0.15); closer is a near tie, which is a miss
 * @param timeWindowSeconds how far from a hinted time a turn may be and still count (default 5 s)
 */
public record HintPolicy(double minConfidence, double minMargin, double timeWindowSeconds) {

  /** The engine's defaults. */
  public static final HintPolicy DEFAULTS = new HintPolicy(0.5, 0.15, 5.0);

  /** Checks the ranges. */
  public HintPolicy {
    if (!(minConfidence > 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in (0, 1], got " + minConfidence);
    }
    if (!(minMargin >= 0 && minMargin < 1)) {
      throw new IllegalArgumentException("minMargin must be in [0, 1), got " + minMargin);
    }
    if (!(timeWindowSeconds >= 0 && Double.isFinite(timeWindowSeconds))) {
      throw new IllegalArgumentException(
          "timeWindowSeconds must be finite and at least 0, got " + timeWindowSeconds);
    }
  }
}
