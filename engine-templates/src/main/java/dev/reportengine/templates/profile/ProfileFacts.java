package dev.reportengine.templates.profile;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.Claims;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.layout.Params;
import dev.reportengine.text.Bm25;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the profile alignment shows, computed once: the evidence for every item over one BM25 index
 * of the target's sentences.
 *
 * @param a the shared analysis
 * @param sentences the target's sentences, the BM25 documents
 * @param items the evidence per item, in the profile's order
 * @param claims every explicit first-person claim of the target; empty without lexicons
 */
record ProfileFacts(
    ConversationAnalysis a,
    List<Excerpt> sentences,
    List<ItemEvidence> items,
    List<Excerpt> claims) {

  static final List<String> TYPES =
      List.of("skill", "experience", "knowledge", "trait", "value", "behavior");

  static ProfileFacts of(ConversationAnalysis a, List<ProfileItem> profile) {
    List<Excerpt> sentences = a.targetSentences();
    List<List<String>> terms = sentences.stream().map(e -> Tokens.terms(e.text())).toList();
    Bm25 index = new Bm25(terms);
    List<List<String>> words = sentences.stream().map(e -> Tokens.words(e.text())).toList();
    List<ItemEvidence> items =
        profile.stream()
            .map(i -> ItemEvidence.of(i, sentences, words, terms, index, a.language()))
            .toList();
    List<Excerpt> claims = new ArrayList<>();
    a.language()
        .ifPresent(
            l -> {
              for (int k = 0; k < sentences.size(); k++) {
                if (Claims.isClaim(sentences.get(k).text(), l)) {
                  claims.add(sentences.get(k));
                }
              }
            });
    return new ProfileFacts(a, sentences, items, List.copyOf(claims));
  }

  /** The profile items of the (validated) {@code profile} parameter. */
  static List<ProfileItem> read(Optional<JsonValue> profile) {
    return Params.array(profile).stream()
        .map(
            v ->
                new ProfileItem(
                    Params.string(v, "id").orElseThrow(),
                    Params.string(v, "label").orElseThrow(),
                    Params.string(v, "type").orElse("skill"),
                    Params.string(v, "description").orElse(""),
                    Params.strings(Params.member(v, "keywords")),
                    Params.strings(Params.member(v, "anti_keywords")),
                    Params.number(v, "weight").orElse(1.0)))
        .toList();
  }

  long observed() {
    return items.stream().filter(ItemEvidence::observed).count();
  }

  double coverage() {
    return items.isEmpty() ? 0 : observed() / (double) items.size();
  }

  /**
   * Sum of weight times level value over the observed items, divided by their weights; empty when
   * their weights add up to 0 (an item of weight 0 is reported but counts for nothing here).
   */
  OptionalDouble alignment() {
    double weights = 0;
    double sum = 0;
    for (ItemEvidence e : items) {
      if (e.observed()) {
        weights += e.item().weight();
        sum += e.item().weight() * e.level().value();
      }
    }
    return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
  }
}
