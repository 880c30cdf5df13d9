package dev.reportengine.templates.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The longest monologue (turn) of an entity and the longest "story" of anyone else: the longest
 * turn by another entity. Ties go to the earlier turn.
 *
 * @param longest the target's longest turn, if it spoke
 * @param longestByOthers the longest turn by anyone else, if anyone else spoke
 */
public record Monologues(Optional<Turn> longest, Optional<Turn> longestByOthers) {

  /** Finds both in {@code turns}. */
  public static Monologues of(List<Turn> turns, String entityId) {
    Comparator<Turn> longer =
        Comparator.comparingDouble(Turn::durationSeconds)
            .thenComparing(Comparator.comparingDouble(Turn::startSeconds).reversed());
    return new Monologues(
        turns.stream().filter(t -> t.entityId().equals(entityId)).max(longer),
        turns.stream().filter(t -> !t.entityId().equals(entityId)).max(longer));
  }

  /** The target's longest monologue in seconds; 0 when it did not speak. */
  public double longestSeconds() {
    return longest.map(Turn::durationSeconds).orElse(0.0);
  }

  /** The longest story by others in seconds; 0 when nobody else spoke. */
  public double longestByOthersSeconds() {
    return longestByOthers.map(Turn::durationSeconds).orElse(0.0);
  }
}
