package dev.reportengine.templates.analysis;

import dev.reportengine.api.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics every template reports about its target, with the keys, units and precision
 * documented in {@code docs/metrics.md}. Language-dependent metrics are left out when the media's
 * language has no lexicons, and {@code unavailable_metrics} lists them.
 */
public final class CoreMetrics {

  private CoreMetrics() {}

  /** The shared metrics, in documented order; templates add their own after them. */
  public static Map<String, JsonValue> of(ConversationAnalysis a) {
    SpeakerStats s = a.targetStats();
    QuestionStats q = a.questions();
    Dynamics d = a.dynamics();
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("talk_time_seconds", Decimals.json(s.talkSeconds(), 1));
    m.put("talk_share", Decimals.json(s.share(), 3));
    m.put("call_share", Decimals.json(callShare(a), 3));
    m.put("word_count", JsonValue.of(s.words()));
    m.put("turn_count", JsonValue.of(s.turns()));
    m.put("words_per_minute", Decimals.json(s.wordsPerMinute(), 1));
    m.put("question_count", JsonValue.of(q.count()));
    m.put("questions_per_hour", Decimals.json(q.perHour(), 1));
    q.open().ifPresent(v -> m.put("open_question_count", JsonValue.of(v)));
    q.closed().ifPresent(v -> m.put("closed_question_count", JsonValue.of(v)));
    m.put("longest_monologue_seconds", Decimals.json(a.monologues().longestSeconds(), 1));
    m.put(
        "longest_story_by_others_seconds",
        Decimals.json(a.monologues().longestByOthersSeconds(), 1));
    m.put("patience_seconds", Decimals.json(d.patienceSeconds(), 2));
    m.put("interactivity_switches_per_minute", Decimals.json(d.switchesPerMinute(), 2));
    m.put("interruptions_made", JsonValue.of(d.interruptionsMade()));
    m.put("interruptions_received", JsonValue.of(d.interruptionsReceived()));
    d.backchannels().ifPresent(v -> m.put("backchannel_count", JsonValue.of(v)));
    a.rates()
        .ifPresent(
            r -> {
              m.put("filler_rate", Decimals.json(r.per100(r.fillers()), 2));
              m.put("hedging_rate", Decimals.json(r.per100(r.hedges()), 2));
              m.put("i_rate", Decimals.json(r.per100(r.i()), 2));
              m.put("we_rate", Decimals.json(r.per100(r.we()), 2));
              m.put("you_rate", Decimals.json(r.per100(r.you()), 2));
            });
    a.specificity().ifPresent(sp -> m.put("specificity_rate", Decimals.json(sp.per100(), 2)));
    m.put("vocabulary_richness", Decimals.json(a.vocabularyRichness(), 3));
    a.sentiment().ifPresent(se -> m.put("sentiment_score", Decimals.json(se.score(), 3)));
    a.items()
        .ifPresent(
            items -> {
              m.put(
                  "action_item_count",
                  JsonValue.of(
                      items.stream().filter(i -> i.kind() == ItemKind.ACTION_ITEM).count()));
              m.put(
                  "decision_count",
                  JsonValue.of(items.stream().filter(i -> i.kind() == ItemKind.DECISION).count()));
            });
    m.put("chapter_count", JsonValue.of(a.chapters().size()));
    m.put("duration_seconds", Decimals.json(a.media().durationSeconds(), 1));
    m.put("participant_count", JsonValue.of(a.media().entities().size()));
    m.put("language", JsonValue.of(a.language().map(LanguagePack::language).orElse(language(a))));
    if (!a.unavailableMetrics().isEmpty()) {
      m.put("unavailable_metrics", JsonValue.of(String.join(",", a.unavailableMetrics())));
    }
    return m;
  }

  /** The target's talk time as a share of the media's length, capped at 1. */
  public static double callShare(ConversationAnalysis a) {
    double duration = a.media().durationSeconds();
    return duration > 0 ? Math.min(1, a.targetStats().talkSeconds() / duration) : 0;
  }

  private static String language(ConversationAnalysis a) {
    return a.media().language().orElse("und");
  }
}
