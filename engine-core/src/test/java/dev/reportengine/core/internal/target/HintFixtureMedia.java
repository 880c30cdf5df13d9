package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.core.MediaSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the media of the hint test set. {@code engine} goes through the product's {@link
 * MediaSources#directory} (engine JSON, WebVTT voice tags). The {@code fixture:*} readers are TEST
 * FIXTURES, not importers: each turns one shared transcript's JSON into {@link Media} with the
 * smallest conversion that keeps speakers, order and text, so that the hint rules can be tested on
 * real conversations before the product importers for those formats exist. When they land, a row
 * switches its reader to {@code engine}.
 *
 * <ul>
 *   <li>{@code fixture:qmsum}: {@code meeting_transcripts[{speaker, content}]}; one entity per
 *       speaker (id: the speaker lower-cased with {@code -} for spaces, label: the speaker); markup
 *       such as {@code {disfmarker}} removed. QMSum has no times, so each turn is given 0.4 s per
 *       word (150 words a minute), back to back: times in these rows are ESTIMATES.
 *   <li>{@code fixture:whisper_segments}: a JSON array of {@code {start, end, text, speaker}};
 *       speaker {@code Unknown} becomes the anonymous entity {@code unknown} without a label (the
 *       engine's convention), others id as above and their name as label.
 *   <li>{@code fixture:deepgram_utterances}: {@code results.utterances[{start, end, transcript,
 *       speaker}]}; speaker N becomes entity {@code speaker-N} without a label.
 * </ul>
 */
final class HintFixtureMedia {

  static final double SECONDS_PER_WORD = 0.4;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HintFixtureMedia() {}

  /** Loads {@code file} with the named reader. */
  static Media load(Path file, String reader) {
    String id = file.getFileName().toString();
    return switch (reader) {
      case "engine" ->
          MediaSources.directory(file.getParent())
              .load(new MediaQuery(id))
              .orElseThrow(() -> new IllegalArgumentException("no media " + file));
      case "fixture:qmsum" -> qmsum(id, read(file));
      case "fixture:whisper_segments" -> whisperSegments(id, read(file));
      case "fixture:deepgram_utterances" -> deepgramUtterances(id, read(file));
      default ->
          throw new IllegalArgumentException(
              "unknown reader ["
                  + reader
                  + "]; known: engine, fixture:qmsum, fixture:whisper_segments,"
                  + " fixture:deepgram_utterances");
    };
  }

  private static Media qmsum(String id, JsonNode root) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<Utterance> utterances = new ArrayList<>();
    double at = 0;
    for (JsonNode turn : root.get("meeting_transcripts")) {
      String speaker = turn.get("speaker").asString();
      String text =
          turn.get("content")
              .asString()
              .replaceAll("\\{[a-z]+}", " ")
              .replaceAll("\\s+", " ")
              .strip();
      if (text.isEmpty()) {
        continue;
      }
      Entity e = entities.computeIfAbsent(speaker, s -> Entity.of(slug(s), s));
      double length = SECONDS_PER_WORD * text.split(" ").length;
      utterances.add(Utterance.of(e.id(), at, at + length, text));
      at += length;
    }
    return media(id, entities, utterances);
  }

  private static Media whisperSegments(String id, JsonNode root) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<Utterance> utterances = new ArrayList<>();
    for (JsonNode segment : root) {
      String speaker = segment.get("speaker").asString();
      Entity e =
          entities.computeIfAbsent(
              speaker,
              s ->
                  s.equals("Unknown")
                      ? new Entity("unknown", Optional.empty(), Map.of())
                      : Entity.of(slug(s), s));
      utterances.add(
          Utterance.of(
              e.id(),
              segment.get("start").asDouble(),
              segment.get("end").asDouble(),
              segment.get("text").asString().strip()));
    }
    return media(id, entities, utterances);
  }

  private static Media deepgramUtterances(String id, JsonNode root) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<Utterance> utterances = new ArrayList<>();
    for (JsonNode u : root.get("results").get("utterances")) {
      String speaker = "speaker-" + u.get("speaker").asInt();
      entities.computeIfAbsent(speaker, s -> new Entity(s, Optional.empty(), Map.of()));
      utterances.add(
          Utterance.of(
              speaker,
              u.get("start").asDouble(),
              u.get("end").asDouble(),
              u.get("transcript").asString()));
    }
    return media(id, entities, utterances);
  }

  private static Media media(String id, Map<String, Entity> entities, List<Utterance> utterances) {
    double end = utterances.stream().mapToDouble(Utterance::endSeconds).max().orElse(0);
    return new Media(
        id,
        end,
        Optional.empty(),
        Optional.of("en"),
        List.copyOf(entities.values()),
        utterances,
        List.of());
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + file, e);
    }
  }
}
