package dev.reportengine.templates.general;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.SpeakerStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The general report's metrics and machine-readable evidence. Keys and units are documented in
 * {@code docs/metrics.md}; numbers are rounded half-up so the output is byte-stable.
 */
final class GeneralEvidence {

  /** Bumped whenever an analysis changes in a way that changes its output. */
  static final String ANALYSIS_VERSION = "1";

  private GeneralEvidence() {}

  static Map<String, JsonValue> metrics(GeneralAnalysis a) {
    SpeakerStats s = a.target();
    Map<String, JsonValue> metrics = new LinkedHashMap<>();
    metrics.put("talk_time_seconds", Decimals.json(s.talkSeconds(), 1));
    metrics.put("talk_share", Decimals.json(s.share(), 3));
    metrics.put("word_count", JsonValue.of(s.words()));
    metrics.put("turn_count", JsonValue.of(s.turns()));
    metrics.put("words_per_minute", Decimals.json(s.wordsPerMinute(), 1));
    metrics.put("question_count", JsonValue.of(a.questions().size()));
    metrics.put("participant_count", JsonValue.of(a.participants().size()));
    metrics.put("duration_seconds", Decimals.json(a.durationSeconds(), 1));
    return metrics;
  }

  static JsonObject raw(GeneralAnalysis a) {
    return JsonObject.builder()
        .put("analysis_version", ANALYSIS_VERSION)
        .put("target_entity_id", a.target().entityId())
        .put(
            "participants",
            JsonValue.array(a.participants().stream().map(p -> participant(p.stats())).toList()))
        .put(
            "keywords",
            JsonValue.array(
                a.keywords().stream()
                    .map(
                        k ->
                            JsonObject.builder()
                                .put("term", k.term())
                                .put("score", Decimals.json(k.score(), 4))
                                .build())
                    .toList()))
        .put("questions", excerpts(a.questions()))
        .put("quotes", excerpts(a.quotes()))
        .build();
  }

  private static JsonObject participant(SpeakerStats s) {
    return JsonObject.builder()
        .put("entity_id", s.entityId())
        .put("talk_time_seconds", Decimals.json(s.talkSeconds(), 1))
        .put("talk_share", Decimals.json(s.share(), 3))
        .put("word_count", s.words())
        .put("turn_count", s.turns())
        .build();
  }

  private static JsonValue excerpts(List<Excerpt> excerpts) {
    return JsonValue.array(
        excerpts.stream()
            .map(
                e ->
                    JsonObject.builder()
                        .put("text", e.text())
                        .put("start_seconds", Decimals.json(e.startSeconds(), 3))
                        .put("end_seconds", Decimals.json(e.endSeconds(), 3))
                        .put("entity_id", e.entityId())
                        .build())
            .toList());
  }
}
