package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second reader 21: the ruling rule (f07eaaf), the "That's carried." and "from this season"
 * extensions of formal and from_now_on (b1d8f95) and the new due phrases (04036ea).
 */
class SecondReader21FindingsTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  /** The decisions of Ben's line, said after Ana's and answered by her reply. */
  static List<Item> decisions(String before, String line, String reply) {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 4, before)
            .says("ben", 5, 9, line)
            .says("ana", 10, 14, reply)
            .build();
    return Items.of(media, EN, Optional.empty(), CancellationToken.NONE).stream()
        .filter(i -> i.kind() == ItemKind.DECISION)
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // F1: RULING reads courtesies, floor-giving and instructions of the call as rulings
        "Right, that's everything from me, thanks.|Take care.|Yeah, you too. Bye.",
        "Sorry, can I jump in there?|Go ahead.|Okay, so the delivery numbers are off.",
        "Thanks for having me.|Take me through your current role.|Sure. I run the night shift.",
        "I'll have the figures by Friday.|Keep me posted.|Will do.",
        "Is there anything you need from me?|Use the link in the invite next time.|Okay, sorry.",
        "My mum says hello.|Give her my love.|Will do.",
        "Can I share my screen?|Take a look at the second slide first.|Sure.",
        // F2: "we <verb>" in the present simple says a habit, not a choice
        "How do you handle orders now?|We order everything by phone on Mondays.|Okay, that helps.",
        "Do you take cards?|We take all the major cards.|Great.",
        "What time do you shut?|We close at six on Saturdays.|Right.",
        "Anything else on that?|So we move on to the budget.|Okay.",
        // F3: "let's" with a verb of running the call the exclusion list misses
        "Sorry, I lost you for a second.|Let's carry on.|Okay.",
        "Where were we?|Let's get back to the agenda.|Sure.",
        "That's my update.|Let's continue with item four.|Okay.",
        "I've got a hard stop at three.|Let's speak next week.|Great, thanks.",
        "What if the grant doesn't come?|Let's assume the grant comes through.|Okay.",
        "Does anyone read the newsletter?|Let's face it, nobody reads the newsletter.|Yeah.",
        // F4: TAKEN_UP takes a reply that pushes back ("Sure, but ...", "Right, no, ...") as taken
        // up
        "What does London get us?|Drop London.|Right, no, we're not dropping London.",
        "What does London get us?|Drop London.|Sure, but that's not your call to make.",
        "What does London get us?|Drop London.|Well, I'll be honest, I think that's a mistake.",
      })
  void takesNoRulingFromACourtesyHabitRunningOfTheCallOrPushback(
      String before, String line, String reply) {
    assertThat(decisions(before, line, reply)).isEmpty();
  }

  // F5: withRulings runs after the story filter: an imperative quoted in a story told on request
  @Test
  void takesNoRulingQuotedInAStoryToldOnRequest() {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "Tell me about a time a project slipped.")
            .says(
                "ben",
                6,
                20,
                "At Corvel the launch was three weeks late. My director looked at the plan and"
                    + " said one thing. Cut the reporting module.")
            .says("ana", 21, 25, "Okay. And how did the team take that?")
            .build();
    assertThat(Items.of(media, EN, Optional.empty(), CancellationToken.NONE))
        .filteredOn(i -> i.kind() == ItemKind.DECISION)
        .isEmpty();
  }

  // F6: the new formal alternative lacks the first one's (?! by\b) and reads "carried" as stocked
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It's carried by most of the big distributors.",
        "That's carried over from last year's budget.",
      })
  void takesNoCarriedThatIsNoMotionForAFormalDecision(String sentence) {
    assertThat(ItemsTest.items(sentence)).filteredOn(i -> i.kind() == ItemKind.DECISION).isEmpty();
  }

  // F7: the bare "from this (season|year|month|term|quarter)" takes any "from" of a period
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The sales figures from this quarter look really strong.",
        "We've had twelve complaints from this term alone.",
        "The feedback from this year was mostly about parking.",
      })
  void takesNoFigureFromThisPeriodForADecision(String sentence) {
    assertThat(ItemsTest.items(sentence)).filteredOn(i -> i.kind() == ItemKind.DECISION).isEmpty();
  }

  // F8: new due phrases that end a due mid-phrase: "the week of the", "before costs go"
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I'll book the van for the week of the festival.|the week of the",
        "I'll lock in the price before costs go up.|before costs go",
      })
  void givesNoDuePhraseCutOffMidPhrase(String sentence, String cut) {
    Item step = ItemsTest.byRules(sentence).stream().filter(Item::isStep).findFirst().orElseThrow();
    assertThat(step.due()).isNotEqualTo(Optional.of(cut));
  }
}
