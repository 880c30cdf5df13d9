package dev.reportengine.core;

import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.internal.target.HintPolicy;
import dev.reportengine.core.internal.target.MagicHintResolver;

/**
 * The standard {@link TargetResolver}s that take settings. Register one on the builder to replace
 * the built-in resolver of its strategy:
 *
 * <pre>{@code
 * ReportEngine.builder().resolver(TargetResolvers.magicHint(0.6, 0.2, 3.0))
 * }</pre>
 */
public final class TargetResolvers {

  private TargetResolvers() {}

  /**
   * The {@code magic_hint} cascade with its own thresholds (the built-in one uses 0.5, 0.15 and 5
   * s). See {@code docs/targets.md}.
   *
   * @param minConfidence the score the best candidate must reach, in (0, 1]
   * @param minMargin how far the best must lead the runner-up of the same rule, in [0, 1)
   * @param timeWindowSeconds how far from a hinted time a turn may start or end and still count
   * @throws IllegalArgumentException for a value outside its range, naming it
   */
  public static TargetResolver magicHint(
      double minConfidence, double minMargin, double timeWindowSeconds) {
    return new MagicHintResolver(new HintPolicy(minConfidence, minMargin, timeWindowSeconds));
  }
}
