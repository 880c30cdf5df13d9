package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The leading word that {@link Competitors#hasInnerCapital} checks. */
class CompetitorsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Rotabloom was cheaper.",
        "O'Neill's team-lead said so",
        "  leading spaces",
        "\"Quoted\" start",
        "",
        "Zoë and Ådne",
        "\uD835\uDC00bold maths letter",
        "one-word",
        "12 seats"
      })
  void takesTheLeadingWordTheSplitItReplacedTook(String text) {
    String split = text.split("[^\\p{L}'-]+", 2)[0];

    assertThat(text.substring(0, Competitors.leadingWordEnd(text))).isEqualTo(split);
  }
}
