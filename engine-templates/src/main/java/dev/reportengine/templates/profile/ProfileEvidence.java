package dev.reportengine.templates.profile;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.templates.analysis.CoreMetrics;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.text.Bm25;
import java.util.Map;
import java.util.Optional;

/** The profile alignment's metrics and machine-readable evidence ({@code docs/metrics.md}). */
final class ProfileEvidence {

  static final String ANALYSIS_VERSION = "2";

  private ProfileEvidence() {}

  static Map<String, JsonValue> metrics(ProfileFacts f) {
    Map<String, JsonValue> m = CoreMetrics.of(f.a());
    m.put("profile_item_count", JsonValue.of(f.items().size()));
    m.put("profile_observed_count", JsonValue.of(f.observed()));
    m.put("profile_coverage", Decimals.json(f.coverage(), 3));
    f.alignment().ifPresent(v -> m.put("profile_alignment", Decimals.json(v, 3)));
    if (f.a().language().isPresent()) {
      m.put("claim_count", JsonValue.of(f.claims().size()));
    }
    return m;
  }

  static JsonObject raw(ProfileFacts f) {
    return JsonObject.builder()
        .put("analysis_version", ANALYSIS_VERSION)
        .put("target_entity_id", f.a().target().id())
        .put(
            "bm25",
            JsonObject.builder()
                .put("k1", Bm25.K1)
                .put("b", Bm25.B)
                .put("documents", f.sentences().size())
                .build())
        .put("items", JsonValue.array(f.items().stream().map(ProfileEvidence::item).toList()))
        .put(
            "claims",
            JsonValue.array(f.items().stream().map(e -> (JsonValue) claim(e).json()).toList()))
        .build();
  }

  /**
   * The claim the report makes about one item ({@code profile_item}): its level, quoting its best
   * evidence with the rule that let the sentence count, or no quote when not observed.
   */
  static Finding claim(ItemEvidence e) {
    Optional<ItemEvidence.Scored> best = e.supporting().stream().findFirst();
    Finding claim =
        new Finding(
            "profile_item",
            best.map(ItemEvidence.Scored::sentence),
            best.map(s -> s.support().rule()).orElse("profile.no_statement"),
            best.map(ItemEvidence.Scored::score),
            Map.of());
    return claim
        .with("id", e.item().id())
        .with("level", e.level().text())
        .with("observed", e.observed())
        .with("claims", JsonValue.of(e.claims().size()));
  }

  private static JsonValue sentence(ItemEvidence.Scored s) {
    return JsonObject.builder()
        .put("text", s.sentence().quoted())
        .put("start_seconds", Decimals.json(s.sentence().startSeconds(), 3))
        .put("rule", s.support().rule())
        .put("score", Decimals.json(s.score(), 4))
        .put("claim", s.claim())
        .build();
  }

  private static JsonObject item(ItemEvidence e) {
    return JsonObject.builder()
        .put("id", e.item().id())
        .put("level", e.level().text())
        .put("value", Decimals.json(e.level().value(), 3))
        .put("weight", Decimals.json(e.item().weight(), 3))
        .put("supporting_sentences", e.supporting().size())
        .put("claims", e.claims().size())
        .put("excluded_sentences", e.excluded().size())
        .put(
            "evidence",
            JsonValue.array(e.supporting().stream().map(ProfileEvidence::sentence).toList()))
        .put("counter_sentences", e.counter().size())
        .put("matched_terms", JsonValue.array(e.matched().stream().map(JsonValue::of).toList()))
        .put(
            "best_score",
            e.supporting().isEmpty()
                ? JsonValue.NULL
                : Decimals.json(e.supporting().get(0).score(), 4))
        .build();
  }
}
