package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second reader 22: the ruling verbs, "so/then we <verb>" and the thank-you reply (fbfcbf8), and
 * the negation window that skips "going to be" (fbfcbf8).
 */
class SecondReader22FindingsTest {

  /** The decisions of Ben's line, said after Ana's and answered by her reply. */
  private static List<Item> decisions(String before, String line, String reply) {
    return SecondReader21FindingsTest.decisions(before, line, reply);
  }

  // F1: the new imperative verbs are also nouns, and RULING has no look at what follows them: a
  // sentence that opens with the noun "repair", "hire", "offer", "order" or "buy-in" is a ruling
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What did the last breakdown cost you?|Repair costs were about four grand last year.|Right, that's a lot.",
        "And the scaffolding?|Hire costs are about three hundred a week.|Okay, that's useful.",
        "Is the discount still on?|Offer ends on the thirtieth.|Great, thanks.",
        "What's on the delivery note?|Order numbers go on the top line.|Okay.",
        "How did you get the project going?|Buy-in from the board was the hardest part.|Right. And how long did that take?",
      })
  void takesNoSentenceOpeningWithANounForARuling(String before, String line, String reply) {
    assertThat(decisions(before, line, reply)).isEmpty();
  }

  // F2: "so we <verb>" describes how the seller's product or the buyer's process works as often as
  // it rules; the habit exclusion only knows "every", "always" and "on Mondays"
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "How does the pricing work?|So we offer a thirty-day free trial.|Okay, that's useful.",
        "How do you get engineers out now?|So we book them through the portal.|Okay.",
        "What time do you shut?|So we close at six.|Right.",
        "What happens at Christmas?|So we hire in agency staff.|Okay.",
      })
  void takesNoDescriptionOfHowThingsWorkForARuling(String before, String line, String reply) {
    assertThat(decisions(before, line, reply)).isEmpty();
  }

  // F3: courtesies and instructions of the call with the new verbs, taken up by "Thanks", "Sure"
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Shall I come through?|Close the door behind you.|Sure.",
        "How do I join on Thursday?|Accept the calendar invite when it comes through.|Will do.",
        "Is there a way to see it properly?|Book a demo through the website any time.|Thanks.",
        "I'm sorry I was late.|Accept my apologies for the mix-up too.|Thank you.",
      })
  void takesNoCourtesyOrInstructionOfTheCallForARuling(String before, String line, String reply) {
    assertThat(decisions(before, line, reply)).isEmpty();
  }

  // F4: FUTURE_AUXILIARY drops "to" and "be" wherever they are, not only in "not going to be": a
  // negation three words back through any "to" now negates the cue ("No need to rush I'll ...")
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No need to rush I'll get the figures to you by Friday.",
        "No need to wait I'll book the van this afternoon.",
      })
  void negatesNoStepThroughAnInfinitiveTo(String sentence) {
    assertThat(ItemsTest.byRules(sentence)).filteredOn(Item::isStep).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void negatesNoDecisionThroughAnInfinitiveTo() {
    assertThat(ItemsTest.byRules("No reason to wait we've agreed the date with the venue."))
        .filteredOn(i -> i.kind() == ItemKind.DECISION)
        .isNotEmpty();
  }
}
