package dev.reportengine.core;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small conversations for tests. */
public final class TestMedia {

  private final String id;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Utterance> utterances = new ArrayList<>();

  private TestMedia(String id) {
    this.id = id;
  }

  /** Starts a conversation with this media id. */
  public static TestMedia named(String id) {
    return new TestMedia(id);
  }

  /** Adds a participant. */
  public TestMedia entity(String entityId, String label) {
    entities.add(Entity.of(entityId, label));
    return this;
  }

  /** Adds a participant with attributes such as role or company. */
  public TestMedia entity(Entity entity) {
    entities.add(entity);
    return this;
  }

  /** Adds an utterance. */
  public TestMedia says(String entityId, double start, double end, String text) {
    utterances.add(Utterance.of(entityId, start, end, text));
    return this;
  }

  /** The conversation; its duration is the end of the last utterance. */
  public Media build() {
    double end = utterances.stream().mapToDouble(Utterance::endSeconds).max().orElse(0);
    return new Media(id, end, Optional.empty(), Optional.of("en"), entities, utterances, List.of());
  }

  /** A two-person sales call where Maria speaks most and asks questions. */
  public static Media salesCall() {
    return named("call-1")
        .entity("maria", "María López")
        .entity("sam", "Sam Patel")
        .says("maria", 0, 6, "Hi Sam, thanks for joining. How is the quarter going for your team?")
        .says(
            "sam", 6.5, 12, "Busy. Our dispatch dashboards are slow and the team waits on reports.")
        .says(
            "maria",
            12.5,
            25,
            "That is exactly what we fix. How many dispatchers use the dashboards every day?")
        .says("sam", 25.5, 30, "About forty dispatchers across two depots.")
        .says(
            "maria",
            30.5,
            48,
            "Forty dispatchers waiting on reports is expensive. Our analytics cut report time from hours to minutes. Could we run a pilot with one depot next month?")
        .says("sam", 48.5, 52, "A pilot sounds reasonable. Send me a proposal.")
        .build();
  }
}
