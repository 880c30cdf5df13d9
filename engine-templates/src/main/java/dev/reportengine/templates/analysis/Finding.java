package dev.reportengine.templates.analysis;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One checkable claim a report makes (a decision, a risk, a next step, a competitor, a covered
 * playbook element, a STAR part ...), with the evidence a reader needs to see why: the quoted
 * sentence with its speaker and time, the rule that produced it and, where the rule scores, its
 * score. Every template lists its findings in {@code raw.claims} (see {@link #json()}), so the
 * claims a report shows can be checked against hand-written ground truth.
 *
 * @param kind what is claimed, snake_case: {@code decision}, {@code risk}, {@code next_step},
 *     {@code objection}, {@code competitor}, {@code price}, {@code playbook_element}, {@code
 *     question}, {@code star}, {@code competency}, {@code vague_answer} ...
 * @param quote the sentence that shows it; empty for a claim of absence (an element not covered)
 * @param rule the rule that made the claim, such as {@code decision.past_agreement}
 * @param score the rule's score when it scores (0..1 or a raw score), else empty
 * @param details the kind's own fields (owner, due, committed, name, element, parts ...), in order
 */
public record Finding(
    String kind,
    Optional<Excerpt> quote,
    String rule,
    Optional<Double> score,
    Map<String, JsonValue> details) {

  /** Requires all parts; copies the details, keeping their order. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(score, "score");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A claim quoting {@code quote}, made by {@code rule}, without a score or details. */
  public static Finding of(String kind, Excerpt quote, String rule) {
    return new Finding(kind, Optional.of(quote), rule, Optional.empty(), Map.of());
  }

  /** This claim with one more detail. */
  public Finding with(String name, JsonValue value) {
    Map<String, JsonValue> more = new LinkedHashMap<>(details);
    more.put(name, value);
    return new Finding(kind, quote, rule, score, more);
  }

  /** This claim with a detail that is a string. */
  public Finding with(String name, String value) {
    return with(name, JsonValue.of(value));
  }

  /** This claim with a detail that is a boolean. */
  public Finding with(String name, boolean value) {
    return with(name, JsonValue.of(value));
  }

  /** This claim with {@code score}. */
  public Finding scored(double score) {
    return new Finding(kind, quote, rule, Optional.of(score), details);
  }

  /**
   * The claim as JSON: {@code kind}, then (with a quote) {@code text}, {@code entity_id}, {@code
   * start_seconds}, then {@code rule}, {@code score} when scored, then the details.
   */
  public JsonObject json() {
    JsonObject.Builder b = JsonObject.builder().put("kind", kind);
    quote.ifPresent(
        q ->
            b.put("text", q.quoted())
                .put("entity_id", q.entityId())
                .put("start_seconds", Decimals.json(q.startSeconds(), 3)));
    b.put("rule", rule);
    score.ifPresent(s -> b.put("score", Decimals.json(s, 3)));
    details.forEach(b::put);
    return b.build();
  }
}
