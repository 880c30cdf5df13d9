package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Second reader 22: the price multiple ("That's nearly double.", fbfcbf8). */
class SecondReader22FindingsTest {

  // F5: MULTIPLE is one of the price alternatives, found anywhere in a sentence, and excludes only
  // "twice a/an/per/every": a multiple of speed, size or storage, or "double-booked", is a price
  // objection
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Honestly, it's twice as fast as what we've got now.",
        "That's three times the storage we get at the moment, which is brilliant.",
        "You're double-booked on Thursday, by the way.",
        "It's double-sided, so the drivers can flip it over.",
      })
  void takesNoMultipleThatIsNoPriceForAPriceObjection(String sentence) {
    assertThat(Objections.type(sentence)).isEmpty();
  }
}
