package dev.reportengine.api.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An analyzed conversation: who took part, who spoke when and what they said. Utterances are sorted
 * by start time (ties keep their given order); every utterance and signal names an entity of this
 * media.
 *
 * @param id the media id it was loaded under
 * @param durationSeconds the media's length; at least the end of the last utterance
 * @param url where the recording lives, when known
 * @param language a BCP 47 language tag such as {@code en}, when known
 * @param entities the participants, with unique ids
 * @param utterances the speech, in time order
 * @param signals optional per-entity measurements
 * @param sourceFormat the id of the file format it was imported from, such as {@code deepgram} or
 *     {@code webvtt}; empty for media built in code
 * @param timingsEstimated whether some utterance times were estimated from word counts because the
 *     source did not give them; reports built on such media say so
 */
public record Media(
    String id,
    double durationSeconds,
    Optional<String> url,
    Optional<String> language,
    List<Entity> entities,
    List<Utterance> utterances,
    List<Signal> signals,
    Optional<String> sourceFormat,
    boolean timingsEstimated) {

  /** Checks ids, references and timing; sorts utterances by start. */
  public Media {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sourceFormat, "sourceFormat");
    EntityList index = entities instanceof EntityList indexed ? indexed : new EntityList(entities);
    entities = index;
    utterances =
        utterances.stream()
            .sorted(java.util.Comparator.comparingDouble(Utterance::startSeconds))
            .toList();
    double lastEnd = 0;
    for (Utterance u : utterances) {
      if (index.byId(u.entityId()).isEmpty()) {
        throw new IllegalArgumentException(
            "utterance at " + u.startSeconds() + " s names unknown entity [" + u.entityId() + "]");
      }
      lastEnd = Math.max(lastEnd, u.endSeconds());
    }
    signals = List.copyOf(signals);
    for (Signal s : signals) {
      if (index.byId(s.entityId()).isEmpty()) {
        throw new IllegalArgumentException(
            "signal " + s.kind() + " names unknown entity [" + s.entityId() + "]");
      }
    }
    if (!Double.isFinite(durationSeconds) || durationSeconds < lastEnd) {
      throw new IllegalArgumentException(
          "duration " + durationSeconds + " s is shorter than the last utterance end " + lastEnd);
    }
  }

  /**
   * Media built in code: no source format, all times as given.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Media(
      String id,
      double durationSeconds,
      Optional<String> url,
      Optional<String> language,
      List<Entity> entities,
      List<Utterance> utterances,
      List<Signal> signals) {
    this(
        id, durationSeconds, url, language, entities, utterances, signals, Optional.empty(), false);
  }

  /** This media, marked as imported from {@code format}, with or without estimated timings. */
  public Media withSource(String format, boolean estimated) {
    Objects.requireNonNull(format, "format");
    return new Media(
        id,
        durationSeconds,
        url,
        language,
        entities,
        utterances,
        signals,
        Optional.of(format),
        estimated);
  }

  /** The entity with this id, if any. */
  public Optional<Entity> entity(String entityId) {
    return ((EntityList) entities).byId(entityId);
  }
}
