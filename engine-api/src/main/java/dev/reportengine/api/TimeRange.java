package dev.reportengine.api;

import java.util.OptionalDouble;

/**
 * A range of media time in seconds ({@code target.timerange}); either bound may be open. The
 * engine's validation requires at least one bound and {@code 0 <= start <= end}; this record holds
 * whatever the caller gave so that validation can report it precisely.
 *
 * @param startSeconds {@code start_seconds}, empty for an open start
 * @param endSeconds {@code end_seconds}, empty for an open end
 */
public record TimeRange(OptionalDouble startSeconds, OptionalDouble endSeconds) {

  /** Requires non-null optionals. */
  public TimeRange {
    java.util.Objects.requireNonNull(startSeconds, "startSeconds");
    java.util.Objects.requireNonNull(endSeconds, "endSeconds");
  }

  /** A range with both bounds. */
  public static TimeRange of(double startSeconds, double endSeconds) {
    return new TimeRange(OptionalDouble.of(startSeconds), OptionalDouble.of(endSeconds));
  }

  /** A range from {@code startSeconds} to the end of the media. */
  public static TimeRange from(double startSeconds) {
    return new TimeRange(OptionalDouble.of(startSeconds), OptionalDouble.empty());
  }

  /** A range from the start of the media to {@code endSeconds}. */
  public static TimeRange until(double endSeconds) {
    return new TimeRange(OptionalDouble.empty(), OptionalDouble.of(endSeconds));
  }

  /** Whether {@code seconds} lies inside the range, bounds included. */
  public boolean contains(double seconds) {
    return (startSeconds.isEmpty() || seconds >= startSeconds.getAsDouble())
        && (endSeconds.isEmpty() || seconds <= endSeconds.getAsDouble());
  }
}
