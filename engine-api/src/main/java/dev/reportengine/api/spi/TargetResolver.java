package dev.reportengine.api.spi;

import dev.reportengine.api.TargetStrategy;

/**
 * Picks the entity a report is about, for one {@link TargetStrategy}. Implementations must be
 * thread-safe and deterministic. A miss is a normal answer, not an exception: the engine then
 * applies the request's {@code on_miss}.
 */
public interface TargetResolver {

  /** The strategy this resolver implements. */
  TargetStrategy strategy();

  /**
   * Resolves the target. Never returns null.
   *
   * @param context the media and the request's target specification, already validated
   */
  Resolution resolve(ResolutionContext context);
}
