package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I've worked with Kafka for years.| true",
        "I led the migration to Postgres.| true",
        "In my experience, retries hide bugs.| true",
        "Have I worked with Kafka, you mean?| false",
        "I have a question: do you use Kafka?| false",
        "I've never worked with Kafka.| false",
        "I haven't led a team yet.| false",
        "I would use Kafka for that.| false",
        "I'd like to lead a team one day.| false",
        "The team worked with Kafka.| false"
      })
  void doesAcceptOnlyStatedFirstPersonClaims(String sentence, boolean claim) {
    assertThat(Claims.isClaim(sentence, EN)).isEqualTo(claim);
  }
}
