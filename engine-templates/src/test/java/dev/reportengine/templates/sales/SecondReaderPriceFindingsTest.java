package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second reader's findings on {@code SalesFacts.countsOnly}, fixed: "this", "plus" and
 * currencies such as rupees after a number do not make a price a count of things.
 */
class SecondReaderPriceFindingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We'd be at eighty thousand this year.",
        "It comes to twenty-five thousand rupees.",
        "Nineteen thousand plus VAT, all in, for the pilot.",
      })
  void keepsASentenceWithThisPlusOrACurrencyAfterItsNumberAsAPrice(String sentence) {
    var prices =
        dev.reportengine.templates.analysis.LanguagePack.forLanguage(java.util.Optional.empty())
            .orElseThrow()
            .classifier(SalesFacts.PRICES_MODEL)
            .orElseThrow();
    double p = prices.probability(prices.vector(sentence), prices.classes().indexOf("price"));
    System.out.println(
        "F14 ["
            + sentence
            + "] p="
            + p
            + " countsOnly="
            + SalesFacts.countsOnly(sentence.toLowerCase(java.util.Locale.ROOT)));
    assertThat(SalesFacts.countsOnly(sentence.toLowerCase(java.util.Locale.ROOT))).isFalse();
  }
}
