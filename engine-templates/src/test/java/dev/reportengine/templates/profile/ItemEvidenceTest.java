package dev.reportengine.templates.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemEvidenceTest {

  @ParameterizedTest(name = "{0} supporting, {1} claims, {2} counter -> {3}")
  @CsvSource({
    "0, 0, 0, NOT_OBSERVED",
    "0, 0, 2, NOT_OBSERVED",
    "1, 0, 0, LIMITED",
    "2, 0, 0, MODERATE",
    "1, 1, 0, MODERATE",
    "3, 1, 0, STRONG",
    "3, 1, 1, MODERATE",
    "2, 0, 1, LIMITED",
    "1, 0, 1, LIMITED"
  })
  void doesGradeTheLevelByTheDocumentedRule(int supporting, int claims, int counter, Level level) {
    assertThat(ItemEvidence.level(supporting, claims, counter)).isEqualTo(level);
  }

  @org.junit.jupiter.api.Test
  void doesNotCountTheTargetsOwnQuestionsAsEvidence() {
    java.util.List<dev.reportengine.templates.analysis.Excerpt> sentences =
        java.util.List.of(
            new dev.reportengine.templates.analysis.Excerpt(
                "c", 0, 5, "How do you run Kafka in production here?"),
            new dev.reportengine.templates.analysis.Excerpt(
                "c", 6, 9, "I have run Kafka clusters for three years."));
    java.util.List<java.util.List<String>> words =
        sentences.stream().map(e -> dev.reportengine.text.Tokens.words(e.text())).toList();
    java.util.List<java.util.List<String>> terms =
        sentences.stream().map(e -> dev.reportengine.text.Tokens.terms(e.text())).toList();
    dev.reportengine.text.Bm25 index = new dev.reportengine.text.Bm25(terms);
    ProfileItem kafka =
        new ProfileItem(
            "kafka", "Kafka", "skill", "", java.util.List.of("kafka"), java.util.List.of(), 1);

    ItemEvidence evidence =
        ItemEvidence.of(
            kafka,
            sentences,
            words,
            terms,
            index,
            dev.reportengine.templates.analysis.LanguagePack.forLanguage(
                java.util.Optional.of("en")));

    assertThat(evidence.supporting())
        .extracting(x -> x.sentence().text())
        .containsExactly("I have run Kafka clusters for three years.");
  }
}
