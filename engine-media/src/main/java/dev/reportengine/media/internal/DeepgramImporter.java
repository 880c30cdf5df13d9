package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Word;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Deepgram {@code /v1/listen} responses. Turns come from {@code results.utterances} when
 * present; else from the first channel's {@code paragraphs} (each paragraph a turn); else from its
 * diarized {@code words}, a new turn at every speaker change. Speakers are Deepgram's integers
 * ({@code speaker-0}, label {@code Speaker 0}); words without a speaker belong to {@code unknown}.
 * Word timings and confidences are kept with utterances and word-grouped turns. The duration is
 * {@code metadata.duration}; the language is the channel's {@code detected_language}, when given.
 */
final class DeepgramImporter extends BuiltInFormat {

  DeepgramImporter() {
    super(Match.SOLID);
  }

  @Override
  public String name() {
    return "deepgram";
  }

  @Override
  public String description() {
    return "Deepgram JSON (results.channels[].alternatives[])";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.json().map(root -> root.path("results").path("channels").isArray()).orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode root = source.requireJson();
    JsonReads json = new JsonReads(source);
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    json.seconds(root.path("metadata"), "duration", "/metadata").ifPresent(builder::duration);
    JsonNode channel = root.path("results").path("channels").path(0);
    json.text(channel, "detected_language").ifPresent(builder::language);
    JsonNode alternative = channel.path("alternatives").path(0);
    JsonNode utterances = root.path("results").path("utterances");
    JsonNode paragraphs = alternative.path("paragraphs").path("paragraphs");
    if (utterances.isArray() && !utterances.isEmpty()) {
      for (int i = 0; i < utterances.size(); i++) {
        String at = "/results/utterances/" + i;
        JsonNode u = utterances.get(i);
        double start = json.requiredSeconds(u, "start", at);
        double end = json.requiredSeconds(u, "end", at);
        json.checkOrder(start, end, at);
        String text = json.text(u, "transcript").orElse("");
        builder.timed(speaker(builder, json, u, at), start, end, text, words(json, u, at));
      }
    } else if (paragraphs.isArray() && !paragraphs.isEmpty()) {
      String base = "/results/channels/0/alternatives/0/paragraphs/paragraphs/";
      for (int i = 0; i < paragraphs.size(); i++) {
        JsonNode p = paragraphs.get(i);
        double start = json.requiredSeconds(p, "start", base + i);
        double end = json.requiredSeconds(p, "end", base + i);
        json.checkOrder(start, end, base + i);
        List<String> sentences = new ArrayList<>();
        for (JsonNode s : json.elements(p, "sentences", base + i)) {
          json.text(s, "text").ifPresent(sentences::add);
        }
        builder.timed(
            speaker(builder, json, p, base + i),
            start,
            end,
            String.join(" ", sentences),
            List.of());
      }
    } else {
      String at = "/results/channels/0/alternatives/0";
      byWords(builder, json, json.elements(alternative, "words", at), at + "/words");
    }
    return builder.build(mediaId);
  }

  private static String speaker(
      TranscriptBuilder builder, JsonReads json, JsonNode node, String pointer) {
    return json.label(node, "speaker", pointer)
        .map(s -> builder.speaker("Speaker " + s))
        .orElseGet(builder::unknownSpeaker);
  }

  private static void byWords(
      TranscriptBuilder builder, JsonReads json, JsonNode words, String pointer) {
    List<Word> turn = new ArrayList<>();
    String turnSpeaker = null;
    for (int i = 0; i < words.size(); i++) {
      JsonNode w = words.get(i);
      String speaker = speaker(builder, json, w, pointer + "/" + i);
      if (turnSpeaker != null && !speaker.equals(turnSpeaker)) {
        flush(builder, turnSpeaker, turn);
      }
      turnSpeaker = speaker;
      turn.add(word(json, w, pointer + "/" + i));
    }
    if (turnSpeaker != null) {
      flush(builder, turnSpeaker, turn);
    }
  }

  private static void flush(TranscriptBuilder builder, String speaker, List<Word> words) {
    String text = String.join(" ", words.stream().map(Word::text).toList());
    builder.timed(
        speaker,
        words.get(0).startSeconds(),
        words.get(words.size() - 1).endSeconds(),
        text,
        List.copyOf(words));
    words.clear();
  }

  private static List<Word> words(JsonReads json, JsonNode utterance, String pointer) {
    List<Word> words = new ArrayList<>();
    JsonNode array = json.elements(utterance, "words", pointer);
    for (int i = 0; i < array.size(); i++) {
      words.add(word(json, array.get(i), pointer + "/words/" + i));
    }
    return words;
  }

  private static Word word(JsonReads json, JsonNode w, String at) {
    double start = json.requiredSeconds(w, "start", at);
    double end = json.requiredSeconds(w, "end", at);
    json.checkOrder(start, end, at);
    Optional<String> text = json.text(w, "punctuated_word").or(() -> json.text(w, "word"));
    return new Word(text.orElse(""), start, end, JsonReads.confidence(w, "confidence"));
  }
}
