package dev.reportengine.api.spi;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Media;
import java.util.Objects;

/**
 * What a {@link TargetResolver} decides from.
 *
 * @param media the conversation
 * @param target the request's target specification
 */
public record ResolutionContext(Media media, TargetSpec target) {

  /** Requires both parts. */
  public ResolutionContext {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(target, "target");
  }
}
