package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Word;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Whisper-family segment JSON (WhisperX, faster-whisper, whisper.cpp with diarization): an
 * array of {@code {start, end, text, speaker}} or an object with such a {@code segments} array (and
 * optionally {@code language}). Times are seconds. A missing, null or {@code Unknown} speaker is
 * the {@code unknown} entity. WhisperX {@code words} with times are kept.
 */
final class WhisperJsonImporter extends BuiltInFormat {

  WhisperJsonImporter() {
    super(Match.WEAK);
  }

  @Override
  public String name() {
    return "whisper";
  }

  @Override
  public String description() {
    return "Whisper/WhisperX JSON (an array of {start, end, text} segments, or {\"segments\": [...]})";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.json().flatMap(WhisperJsonImporter::segments).isPresent();
  }

  private static Optional<JsonNode> segments(JsonNode root) {
    JsonNode segments = root.isArray() ? root : root.path("segments");
    JsonNode first = segments.path(0);
    return segments.isArray() && first.has("start") && first.has("end") && first.has("text")
        ? Optional.of(segments)
        : Optional.empty();
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode root = source.requireJson();
    JsonReads json = new JsonReads(source);
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    if (root.isObject()) {
      json.text(root, "language").ifPresent(builder::language);
    }
    JsonNode segments = segments(root).orElseThrow();
    String base = root.isArray() ? "" : "/segments";
    for (int i = 0; i < segments.size(); i++) {
      JsonNode s = segments.get(i);
      String at = base + "/" + i;
      double start = json.requiredSeconds(s, "start", at);
      double end = json.requiredSeconds(s, "end", at);
      json.checkOrder(start, end, at);
      String speaker = builder.speaker(json.label(s, "speaker", at).orElse(null));
      builder.timed(speaker, start, end, json.text(s, "text").orElse(""), words(json, s, at));
    }
    return builder.build(mediaId);
  }

  private static List<Word> words(JsonReads json, JsonNode segment, String pointer) {
    List<Word> words = new ArrayList<>();
    JsonNode array = json.elements(segment, "words", pointer);
    for (int k = 0; k < array.size(); k++) {
      JsonNode w = array.get(k);
      String at = pointer + "/words/" + k;
      var start = json.seconds(w, "start", at);
      var end = json.seconds(w, "end", at);
      if (start.isEmpty() || end.isEmpty()) {
        return List.of();
      }
      json.checkOrder(start.getAsDouble(), end.getAsDouble(), at);
      words.add(
          new Word(
              json.text(w, "word").orElse("").strip(),
              start.getAsDouble(),
              end.getAsDouble(),
              JsonReads.confidence(w, w.has("score") ? "score" : "probability")));
    }
    return words;
  }
}
