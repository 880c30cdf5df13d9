package dev.reportengine.templates.hiring;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.templates.analysis.Answer;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.CoreMetrics;
import dev.reportengine.templates.analysis.Decimals;
import java.util.List;
import java.util.Map;

/**
 * The hiring report's metrics and machine-readable evidence, documented in {@code docs/metrics.md}.
 * The filler rate is left out on purpose: fillers (like accent) say nothing about a candidate's
 * ability, so this report neither shows nor scores them.
 */
final class HiringEvidence {

  static final String ANALYSIS_VERSION = "3";

  private HiringEvidence() {}

  static Map<String, JsonValue> metrics(HiringFacts f) {
    ConversationAnalysis a = f.a();
    Map<String, JsonValue> m = CoreMetrics.of(a);
    m.remove("filler_rate");
    m.put("competency_count", JsonValue.of(f.ratings().size()));
    m.put("competencies_observed", JsonValue.of(f.observed()));
    m.put("answer_count", JsonValue.of(a.answers().size()));
    m.put("answer_mean_seconds", Decimals.json(f.answerMeanSeconds(), 1));
    m.put("answer_mean_words", Decimals.json(f.answerMeanWords(), 1));
    m.put(
        "longest_answer_seconds",
        Decimals.json(f.longestAnswer().map(x -> x.turn().durationSeconds()).orElse(0.0), 1));
    if (a.language().isPresent()) {
      m.put("star_assessed_answer_count", JsonValue.of(f.starAnswers().size()));
      m.put("star_complete_answer_count", JsonValue.of(f.starComplete()));
      m.put("star_mean_completeness", Decimals.json(f.starMean(), 3));
      m.put("practical_detail_mention_count", JsonValue.of(f.detailMentions()));
    }
    m.put("interviewer_count", JsonValue.of(f.interviewers().size()));
    m.put("interviewer_question_count", JsonValue.of(f.interviewerQuestions()));
    m.put("interviewer_talk_share", Decimals.json(f.interviewerShare(), 3));
    return m;
  }

  static JsonObject raw(HiringFacts f) {
    return JsonObject.builder()
        .put("analysis_version", ANALYSIS_VERSION)
        .put("target_entity_id", f.a().target().id())
        .put(
            "competencies",
            JsonValue.array(f.ratings().stream().map(HiringEvidence::rating).toList()))
        .put(
            "answers",
            JsonValue.array(f.a().answers().stream().map(HiringEvidence::answer).toList()))
        .put(
            "claims",
            JsonValue.array(HiringClaims.of(f).stream().map(c -> (JsonValue) c.json()).toList()))
        .build();
  }

  private static JsonObject rating(CompetencyRating r) {
    JsonObject.Builder b =
        JsonObject.builder()
            .put("id", r.competency().id())
            .put("observed", r.observed())
            .put(
                "level",
                r.level().map(l -> (JsonValue) JsonValue.of(l.level())).orElse(JsonValue.NULL))
            .put(
                "answers",
                JsonValue.array(
                    r.answers().stream().map(x -> (JsonValue) JsonValue.of(x.index())).toList()))
            .put("keywords", strings(r.keywords()))
            .put("indicators", strings(r.indicators()));
    return b.build();
  }

  private static JsonObject answer(Answer x) {
    JsonObject.Builder b =
        JsonObject.builder()
            .put("index", x.index())
            .put("start_seconds", Decimals.json(x.turn().startSeconds(), 3))
            .put("end_seconds", Decimals.json(x.turn().endSeconds(), 3))
            .put("words", x.turn().words());
    x.star().ifPresent(s -> b.put("star", s.letters()));
    return b.build();
  }

  private static JsonValue strings(List<String> values) {
    return JsonValue.array(values.stream().map(v -> (JsonValue) JsonValue.of(v)).toList());
  }
}
