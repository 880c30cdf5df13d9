package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarCheckTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  private static String letters(String answer) {
    StarCheck s = StarCheck.of(Tokens.words(answer), EN);
    return (s.situation() ? "S" : "")
        + (s.task() ? "T" : "")
        + (s.action() ? "A" : "")
        + (s.result() ? "R" : "");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "It was my proposal, so it was squarely on me.| T",
        "The expectation was that the module would be mine by spring.| T",
        "I was expected to own billing alerts.| T",
        "We also set up a shared channel for the finance people.| A",
        "I finally sat down with the logs for a whole day.| A",
        "Right now I'm in the middle of splitting the nightly job.| SA",
        "Earlier this year the nightly job kept failing.| S",
        "Every month the auditors ask for the same export.| S",
        "The weather was lovely and the food was good.| ''",
      })
  void doesFindOrdinaryPhrasingsOfEachPart(String answer, String parts) {
    assertThat(letters(answer)).isEqualTo(parts);
  }
}
