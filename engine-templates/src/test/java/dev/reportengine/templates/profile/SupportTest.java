package dev.reportengine.templates.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportTest {

  private static final Optional<LanguagePack> EN = LanguagePack.forLanguage(Optional.of("en"));

  private static Support classify(String sentence, String keywords) {
    return Support.of(
        sentence,
        Tokens.words(sentence),
        Tokens.terms(sentence),
        ItemEvidence.terms(List.of(keywords.split(" "))),
        EN);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "How do you handle Kafka consumer lag?| kafka | QUESTION",
        "Do you run Kubernetes in production?| kubernetes | QUESTION",
        "So what does the team use for containers?| kubernetes containers | QUESTION",
        "I've never used Kafka in production.| kafka | NEGATED",
        "I haven't led a team before.| led team | NEGATED",
        "We don't really do Kubernetes here.| kubernetes | NEGATED",
        "I'd love to learn Kafka properly.| kafka | HYPOTHETICAL",
        "I would probably use Kubernetes for that.| kubernetes | HYPOTHETICAL",
        "If I had to pick, Kafka.| kafka | HYPOTHETICAL",
        "I ran our Kafka cluster for two years.| kafka | FIRST_PERSON",
        "My team moved everything onto Kubernetes.| kubernetes | FIRST_PERSON",
        "I'd been running Kafka for years by then.| kafka | FIRST_PERSON",
        "Kafka was the backbone of the platform.| kafka | TOPICAL",
        "Kubernetes scheduling and autoscaling matter most.| kubernetes autoscaling | TOPICAL",
        "The office had shipping containers stacked up as meeting rooms back then.| containers"
            + " | INCIDENTAL",
        "The bakery downstairs is called Kafka and their coffee is honestly excellent.| kafka"
            + " | INCIDENTAL"
      })
  void doesClassifyHowASentenceBearsOnAnItem(String sentence, String keywords, Support expected) {
    assertThat(classify(sentence, keywords)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} supports: {1}")
  @CsvSource({
    "FIRST_PERSON, true",
    "TOPICAL, true",
    "QUESTION, false",
    "NEGATED, false",
    "HYPOTHETICAL, false",
    "INCIDENTAL, false"
  })
  void doesCountOnlyStatementsAsEvidence(Support support, boolean supports) {
    assertThat(support.supports()).isEqualTo(supports);
  }
}
