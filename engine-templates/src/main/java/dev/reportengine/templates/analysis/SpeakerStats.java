package dev.reportengine.templates.analysis;

import dev.reportengine.text.Tokens;
import java.util.Objects;

/**
 * How much one entity spoke.
 *
 * @param entityId the entity
 * @param talkSeconds the sum of its utterance durations
 * @param share its part of everyone's talk time, in 0..1 (0 when nobody spoke)
 * @param words how many words it said, as counted by {@link Tokens#wordCount(String)}
 * @param turns how many maximal runs of consecutive utterances it had
 */
public record SpeakerStats(
    String entityId, double talkSeconds, double share, int words, int turns) {

  /** Requires an entity. */
  public SpeakerStats {
    Objects.requireNonNull(entityId, "entityId");
  }

  /** Statistics for an entity that never spoke. */
  public static SpeakerStats silent(String entityId) {
    return new SpeakerStats(entityId, 0, 0, 0, 0);
  }

  /** Words per minute of its own talk time; 0 when it did not talk. */
  public double wordsPerMinute() {
    return talkSeconds > 0 ? words / (talkSeconds / 60) : 0;
  }
}
