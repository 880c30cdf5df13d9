package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Word;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads AWS Transcribe job output. Turns are the {@code results.speaker_labels.segments}, with the
 * segment's own start and end; each {@code pronunciation} item goes to the latest segment started
 * at its start time, and a {@code punctuation} item (which has no times) joins the word before it;
 * a segment left without words is no speech and is dropped. Numbers written as strings ({@code
 * "0.860"}) are read as numbers. Speakers {@code spk_0} become {@code speaker-0}, label {@code
 * Speaker 0}. Without speaker labels, the items form one turn per run of the same item {@code
 * speaker_label}, or one {@code unknown} turn.
 */
final class AwsTranscribeImporter extends BuiltInFormat {

  AwsTranscribeImporter() {
    super(Match.SOLID);
  }

  @Override
  public String name() {
    return "aws-transcribe";
  }

  @Override
  public String description() {
    return "AWS Transcribe JSON (results.items with results.transcripts)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source
        .json()
        .map(
            root ->
                root.path("results").path("items").isArray()
                    && root.path("results").path("transcripts").isArray())
        .orElse(false);
  }

  private record Segment(String speaker, double start, double end, List<Word> words) {}

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode results = source.requireJson().path("results");
    JsonReads json = new JsonReads(source);
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    json.text(results, "language_code").ifPresent(builder::language);
    JsonNode items = json.array(results, "items", "/results");
    JsonNode labels =
        json.elements(results.path("speaker_labels"), "segments", "/results/speaker_labels");
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      JsonNode s = labels.get(i);
      String at = "/results/speaker_labels/segments/" + i;
      double start = json.requiredSeconds(s, "start_time", at);
      double end = json.requiredSeconds(s, "end_time", at);
      json.checkOrder(start, end, at);
      String speaker = speaker(builder, json.label(s, "speaker_label", at).orElse(null));
      segments.add(new Segment(speaker, start, end, new ArrayList<>()));
    }
    segments.sort(java.util.Comparator.comparingDouble(Segment::start));
    if (segments.isEmpty()) {
      return withoutLabels(builder, json, items, mediaId);
    }
    int current = 0;
    List<Word> last = null;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "/results/items/" + i;
      String content = json.text(item.path("alternatives").path(0), "content").orElse("");
      if (isPunctuation(json, item, at)) {
        appendPunctuation(last, content);
        continue;
      }
      Word word = word(json, item, at, content);
      while (current + 1 < segments.size()
          && word.startSeconds() >= segments.get(current + 1).start()) {
        current++;
      }
      last = segments.get(current).words();
      last.add(word);
    }
    for (Segment s : segments) {
      String text = String.join(" ", s.words().stream().map(Word::text).toList());
      builder.timed(s.speaker(), s.start(), s.end(), text, s.words());
    }
    return builder.build(mediaId);
  }

  private Media withoutLabels(
      TranscriptBuilder builder, JsonReads json, JsonNode items, String mediaId) {
    List<Word> turn = new ArrayList<>();
    String turnSpeaker = null;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "/results/items/" + i;
      String content = json.text(item.path("alternatives").path(0), "content").orElse("");
      if (isPunctuation(json, item, at)) {
        appendPunctuation(turn, content);
        continue;
      }
      String speaker = speaker(builder, json.label(item, "speaker_label", at).orElse(null));
      if (turnSpeaker != null && !speaker.equals(turnSpeaker)) {
        flush(builder, turnSpeaker, turn);
      }
      turnSpeaker = speaker;
      turn.add(word(json, item, at, content));
    }
    if (turnSpeaker != null) {
      flush(builder, turnSpeaker, turn);
    }
    return builder.build(mediaId);
  }

  private static boolean isPunctuation(JsonReads json, JsonNode item, String at) {
    return json.string(item, "type", at).filter("punctuation"::equals).isPresent();
  }

  private static void flush(TranscriptBuilder builder, String speaker, List<Word> words) {
    if (words.isEmpty()) {
      return;
    }
    builder.timed(
        speaker,
        words.get(0).startSeconds(),
        words.get(words.size() - 1).endSeconds(),
        String.join(" ", words.stream().map(Word::text).toList()),
        List.copyOf(words));
    words.clear();
  }

  private static void appendPunctuation(List<Word> words, String punctuation) {
    if (words == null || words.isEmpty()) {
      return;
    }
    Word w = words.get(words.size() - 1);
    words.set(
        words.size() - 1,
        new Word(w.text() + punctuation, w.startSeconds(), w.endSeconds(), w.confidence()));
  }

  private static String speaker(TranscriptBuilder builder, String label) {
    if (label == null) {
      return builder.unknownSpeaker();
    }
    return builder.speaker(label.startsWith("spk_") ? "Speaker " + label.substring(4) : label);
  }

  private static Word word(JsonReads json, JsonNode item, String at, String content) {
    double start = json.requiredSeconds(item, "start_time", at);
    double end = json.requiredSeconds(item, "end_time", at);
    json.checkOrder(start, end, at);
    return new Word(
        content, start, end, JsonReads.confidence(item.path("alternatives").path(0), "confidence"));
  }
}
