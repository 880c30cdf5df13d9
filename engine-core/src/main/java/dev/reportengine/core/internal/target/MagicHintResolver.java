package dev.reportengine.core.internal.target;

import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;

/**
 * {@code magic_hint}: runs the {@link HintCascade} (name, self-introduction, address, role,
 * ordinal, time reference, topic) and reports the rule that fired, its confidence, its evidence and
 * every candidate considered. Deterministic; no network, no language model.
 */
public final class MagicHintResolver implements TargetResolver {

  private final HintCascade cascade;

  /** A resolver with {@link HintPolicy#DEFAULTS}. */
  public MagicHintResolver() {
    this(HintPolicy.DEFAULTS);
  }

  /** A resolver with the given thresholds. */
  public MagicHintResolver(HintPolicy policy) {
    this.cascade = HintCascade.standard(policy);
  }

  @Override
  public TargetStrategy strategy() {
    return TargetStrategy.MAGIC_HINT;
  }

  @Override
  public Resolution resolve(ResolutionContext context) {
    String hint =
        context
            .target()
            .hint()
            .orElseThrow(() -> new IllegalArgumentException("magic_hint strategy without a hint"));
    return cascade.resolve(context.media(), hint);
  }
}
