package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Word;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads AssemblyAI {@code /v2/transcript} results. Times are integer milliseconds. Turns are the
 * {@code utterances} (speaker letters become {@code speaker-a}, label {@code Speaker A}); without
 * utterances, the {@code words} grouped by speaker; without speakers, one {@code unknown} turn per
 * run of words. The duration is {@code audio_duration} (seconds), the language {@code
 * language_code}.
 */
final class AssemblyAiImporter extends BuiltInFormat {

  AssemblyAiImporter() {
    super(Match.SOLID);
  }

  @Override
  public String name() {
    return "assemblyai";
  }

  @Override
  public String description() {
    return "AssemblyAI JSON (audio_duration with utterances or words)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source
        .json()
        .map(
            root ->
                root.isObject()
                    && root.has("audio_duration")
                    && (root.path("utterances").isArray() || root.path("words").isArray()))
        .orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode root = source.requireJson();
    JsonReads json = new JsonReads(source);
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    json.seconds(root, "audio_duration", "").ifPresent(builder::duration);
    json.text(root, "language_code").ifPresent(builder::language);
    JsonNode utterances = root.path("utterances");
    if (utterances.isArray() && !utterances.isEmpty()) {
      for (int i = 0; i < utterances.size(); i++) {
        JsonNode u = utterances.get(i);
        String at = "/utterances/" + i;
        Word span = word(json, u, at, "text");
        List<Word> words = new ArrayList<>();
        JsonNode array = json.elements(u, "words", at);
        for (int k = 0; k < array.size(); k++) {
          words.add(word(json, array.get(k), at + "/words/" + k, "text"));
        }
        builder.timed(
            speaker(builder, json, u, at),
            span.startSeconds(),
            span.endSeconds(),
            span.text(),
            words);
      }
    } else {
      JsonNode words = json.array(root, "words", "");
      String turnSpeaker = null;
      List<Word> turn = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String speaker = speaker(builder, json, words.get(i), "/words/" + i);
        if (turnSpeaker != null && !speaker.equals(turnSpeaker)) {
          flush(builder, turnSpeaker, turn);
        }
        turnSpeaker = speaker;
        turn.add(word(json, words.get(i), "/words/" + i, "text"));
      }
      if (turnSpeaker != null) {
        flush(builder, turnSpeaker, turn);
      }
    }
    return builder.build(mediaId);
  }

  private static void flush(TranscriptBuilder builder, String speaker, List<Word> words) {
    builder.timed(
        speaker,
        words.get(0).startSeconds(),
        words.get(words.size() - 1).endSeconds(),
        String.join(" ", words.stream().map(Word::text).toList()),
        List.copyOf(words));
    words.clear();
  }

  private static String speaker(
      TranscriptBuilder builder, JsonReads json, JsonNode node, String pointer) {
    return json.label(node, "speaker", pointer)
        .map(s -> builder.speaker("Speaker " + s))
        .orElseGet(builder::unknownSpeaker);
  }

  private static Word word(JsonReads json, JsonNode node, String at, String textField) {
    double start = json.requiredMillis(node, "start", at);
    double end = json.requiredMillis(node, "end", at);
    json.checkOrder(start, end, at);
    return new Word(
        json.text(node, textField).orElse(""),
        start,
        end,
        JsonReads.confidence(node, "confidence"));
  }
}
