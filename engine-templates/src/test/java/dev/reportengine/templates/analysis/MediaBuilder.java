package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small hand-made conversations for tests. */
public final class MediaBuilder {

  private final List<Entity> entities = new ArrayList<>();
  private final List<Utterance> utterances = new ArrayList<>();
  private Optional<String> language = Optional.of("en");

  private MediaBuilder() {}

  /** Starts an English conversation. */
  public static MediaBuilder conversation() {
    return new MediaBuilder();
  }

  /** Adds a participant with a label. */
  public MediaBuilder entity(String id, String label) {
    entities.add(Entity.of(id, label));
    return this;
  }

  /** Sets the language tag; {@code null} for unknown. */
  public MediaBuilder language(String tag) {
    language = Optional.ofNullable(tag);
    return this;
  }

  /** Adds an utterance. */
  public MediaBuilder says(String entityId, double start, double end, String text) {
    utterances.add(Utterance.of(entityId, start, end, text));
    return this;
  }

  /** The media, lasting until the last utterance ends (or 60 s when nobody speaks). */
  public Media build() {
    double end = utterances.stream().mapToDouble(Utterance::endSeconds).max().orElse(60);
    return new Media("test", end, Optional.empty(), language, entities, utterances, List.of());
  }
}
