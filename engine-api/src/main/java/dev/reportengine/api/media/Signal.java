package dev.reportengine.api.media;

import java.util.Objects;

/**
 * A time-ranged value about one entity from audio or video analysis, such as {@code pitch} or
 * {@code smile}.
 *
 * @param entityId the entity it is about
 * @param kind what is measured, a short snake_case name
 * @param startSeconds when the range starts
 * @param endSeconds when it ends
 * @param value the measured value
 */
public record Signal(
    String entityId, String kind, double startSeconds, double endSeconds, double value) {

  /** Requires {@code 0 <= start <= end} and a finite value. */
  public Signal {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(kind, "kind");
    Utterance.checkTimes(startSeconds, endSeconds);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("signal value must be finite, got " + value);
    }
  }
}
