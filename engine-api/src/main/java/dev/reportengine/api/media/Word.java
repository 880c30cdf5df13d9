package dev.reportengine.api.media;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One recognized word with its timing.
 *
 * @param text the word as written
 * @param startSeconds when it starts
 * @param endSeconds when it ends, not before the start
 * @param confidence the recognizer's confidence in 0..1, when given
 */
public record Word(String text, double startSeconds, double endSeconds, OptionalDouble confidence) {

  /** Requires text and {@code 0 <= start <= end}. */
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(confidence, "confidence");
    Utterance.checkTimes(startSeconds, endSeconds);
  }
}
