package dev.reportengine.templates.general;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.CoreMetrics;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.SpeakerStats;
import java.util.List;
import java.util.Map;

/**
 * The general report's metrics and machine-readable evidence. Keys and units are documented in
 * {@code docs/metrics.md}; numbers are rounded half-up so the output is byte-stable.
 */
final class GeneralEvidence {

  /** Bumped whenever an analysis changes in a way that changes its output. */
  static final String ANALYSIS_VERSION = "4";

  private GeneralEvidence() {}

  static Map<String, JsonValue> metrics(ConversationAnalysis a) {
    return CoreMetrics.of(a);
  }

  static JsonObject raw(ConversationAnalysis a, int keywords, List<Excerpt> summary) {
    return JsonObject.builder()
        .put("analysis_version", ANALYSIS_VERSION)
        .put("target_entity_id", a.target().id())
        .put(
            "participants",
            JsonValue.array(a.speakers().stream().map(GeneralEvidence::participant).toList()))
        .put(
            "keywords",
            JsonValue.array(
                a.keywords(keywords).stream()
                    .map(
                        k ->
                            JsonObject.builder()
                                .put("term", k.term())
                                .put("score", Decimals.json(k.score(), 4))
                                .build())
                    .toList()))
        .put("questions", excerpts(a.questions().questions()))
        .put("summary_sentences", excerpts(summary))
        .put("claims", claims(a))
        .build();
  }

  /** Every decision, risk, next step and open question as a claim with its rule. */
  static JsonValue claims(ConversationAnalysis a) {
    return JsonValue.array(
        a.items().orElse(List.of()).stream().map(i -> (JsonValue) i.finding().json()).toList());
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

  static JsonValue excerpts(List<Excerpt> excerpts) {
    return JsonValue.array(
        excerpts.stream()
            .map(
                e ->
                    JsonObject.builder()
                        .put("text", e.quoted())
                        .put("start_seconds", Decimals.json(e.startSeconds(), 3))
                        .put("end_seconds", Decimals.json(e.endSeconds(), 3))
                        .put("entity_id", e.entityId())
                        .build())
            .toList());
  }
}
