package dev.reportengine.api.media;

import java.util.List;
import java.util.Objects;

/**
 * One stretch of speech by one entity.
 *
 * @param entityId the speaker, an id from {@link Media#entities()}
 * @param startSeconds when it starts
 * @param endSeconds when it ends, not before the start
 * @param text what was said, as plain text
 * @param words the words with timings, when the source has them; may be empty
 */
public record Utterance(
    String entityId, double startSeconds, double endSeconds, String text, List<Word> words) {

  /** Requires {@code 0 <= start <= end}, finite; copies the words. */
  public Utterance {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
    checkTimes(startSeconds, endSeconds);
    words = List.copyOf(words);
  }

  /** An utterance without word timings. */
  public static Utterance of(String entityId, double startSeconds, double endSeconds, String text) {
    return new Utterance(entityId, startSeconds, endSeconds, text, List.of());
  }

  /** The utterance's length in seconds. */
  public double durationSeconds() {
    return endSeconds - startSeconds;
  }

  static void checkTimes(double start, double end) {
    if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "times must be finite with 0 <= start <= end, got start " + start + ", end " + end);
    }
  }
}
