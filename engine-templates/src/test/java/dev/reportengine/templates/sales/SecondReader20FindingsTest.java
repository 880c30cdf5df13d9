package dev.reportengine.templates.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.templates.analysis.Money;
import org.junit.jupiter.api.Test;

/** Second reader 20: objection.granted, money patterns and money words. */
class SecondReader20FindingsTest {

  @Test
  void grantedTakesNoBuyersQuestionTheSellerCallsFair() {
    assertThat(
            ObjectionsTest.answered(
                "How long does the onboarding usually take for a team of our size?",
                "That's a fair question. Usually about two weeks."))
        .isEmpty();
  }

  @Test
  void grantedStillTakesAPushbackTheSellerSaysTheyUnderstand() {
    assertThat(
            ObjectionsTest.answered(
                "No, I'm just afraid it would have the same problems, so I'm going to cancel.",
                "I completely understand your concerns. Again, I'm very sorry."))
        .singleElement()
        .satisfies(o -> assertThat(o.rule()).isEqualTo("objection.granted"));
  }

  @Test
  void grantedTakesNoStatementTheSellerRestatesWithIUnderstand() {
    assertThat(
            ObjectionsTest.answered(
                "We've got about forty drivers working out of the two depots.",
                "I understand you run two depots, so we'd set you up as two sites."))
        .isEmpty();
  }

  @Test
  void grantedKeepsTheJoiningExclusionWhenTheTypeFallsBackToFit() {
    assertThat(
            ObjectionsTest.answered(
                "Bea is buried in a board pack this morning, so she may drop in partway through.",
                "That's completely fair, we'll catch her up."))
        .isEmpty();
  }

  @Test
  void grantedTakesNoLogisticsRemarkTheSellerCallsFair() {
    assertThat(
            ObjectionsTest.answered(
                "I'll need to drop off at half past for the school run, sorry.",
                "That's completely fair, we'll be done by then."))
        .isEmpty();
  }

  @Test
  void allInAfterANumberCountsNoPlacesAsAnAmount() {
    assertThat(Money.statesAmount("We've got four depots, well, four, all in Yorkshire."))
        .isFalse();
    assertThat(Money.statesAmount("There are twelve of them, twelve, all in the one building."))
        .isFalse();
  }

  @Test
  void docsExampleForThePriceClassifierIsLeftToTheClassifier() {
    // docs/templates.md, price: "A sentence no pattern matches ... is a price too ("Two fifty for
    // six weeks.")"; "Two hundred and fifty, all in, for the pilot." is a pattern's now.
    assertThat(Money.statesAmount("Two fifty for six weeks.")).isFalse();
    assertThat(Money.statesAmount("Two hundred and fifty, all in, for the pilot.")).isTrue();
    dev.reportengine.templates.analysis.SentenceClassifier prices =
        dev.reportengine.templates.analysis.LanguagePack.forLanguage(java.util.Optional.empty())
            .orElseThrow()
            .classifier(SalesFacts.PRICES_MODEL)
            .orElseThrow();
    assertThat(SalesFacts.learnedPrice(prices, "Two fifty for six weeks.")).isPresent();
  }

  @Test
  void chargedAtAPercentOfABatteryIsNoAmount() {
    assertThat(Money.statesAmount("The handsets are only charged at forty percent when they ship."))
        .isFalse();
  }

  @Test
  void aPricePerKiloWithoutACurrencyIsStillAPrice() {
    dev.reportengine.templates.analysis.SentenceClassifier prices =
        dev.reportengine.templates.analysis.LanguagePack.forLanguage(java.util.Optional.empty())
            .orElseThrow()
            .classifier(SalesFacts.PRICES_MODEL)
            .orElseThrow();
    // "per kilo" lost its money word with the bare "per"; the measure then voids the sentence
    // before the classifier reads it.
    assertThat(
            SalesFacts.learnedPrice(
                prices, "For the premium blend it's two forty per kilo, delivered."))
        .isPresent();
  }
}
