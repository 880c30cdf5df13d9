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
}
