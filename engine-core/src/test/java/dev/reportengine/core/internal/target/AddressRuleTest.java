package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

class AddressRuleTest {

  private final AddressRule rule = new AddressRule();

  private static Media threeTurns(String middle) {
    return TestMedia.named("m")
        .entity("a", "A")
        .entity("b", "B")
        .entity("c", "C")
        .says("a", 0, 5, "Here is the plan for the quarter.")
        .says("b", 5, 10, middle)
        .says("c", 10, 15, "I think it works.")
        .build();
  }

  @Test
  void thanksPointsBackToThePreviousSpeaker() {
    RuleResult r = apply(rule, threeTurns("Thanks, Maria. That was clear."), "Maria");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored().get(0).score()).isEqualTo(0.85);
    assertThat(r.scored().get(0).evidence().get(0).atSeconds()).hasValue(5.0);
  }

  @Test
  void takesNoWordTheCallWritesInLowerCaseForAName() {
    Media m = threeTurns("Agreed last week, and the plan stands.");
    assertThat(apply(rule, m, "the last person to join").scored()).isEmpty();
    assertThat(top(apply(rule, threeTurns("Thanks, Maria, that was clear."), "maria")))
        .isEqualTo("a");
  }

  @Test
  void aQuestionStartingWithANamePointsForward() {
    assertThat(top(apply(rule, threeTurns("Maria, what do you think?"), "Maria"))).isEqualTo("c");
  }

  @Test
  void aNameAfterAQuestionPointsForward() {
    assertThat(top(apply(rule, threeTurns("What do you think, María?"), "maria"))).isEqualTo("c");
  }

  @Test
  void anHonorificAndSurnameBeforeAQuestionPointsForward() {
    assertThat(top(apply(rule, threeTurns("Okay, Ms. Idle. What can I do for you?"), "Idle")))
        .isEqualTo("c");
  }

  @Test
  void aGreetingPointsBackOrForwardWhenNobodySpokeBefore() {
    Media opening =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 5, "Hi Sam, thanks for joining.")
            .says("b", 5, 10, "Hi Maria, happy to.")
            .build();
    assertThat(top(apply(rule, opening, "Sam"))).isEqualTo("b");
    assertThat(top(apply(rule, opening, "Maria"))).isEqualTo("a");
  }

  @Test
  void aGreetingOfGladnessPointsBack() {
    assertThat(top(apply(rule, threeTurns("Good to see you, Maria, that plan is clear."), "Maria")))
        .isEqualTo("a");
    assertThat(top(apply(rule, threeTurns("Lovely to meet you Maria."), "Maria"))).isEqualTo("a");
  }

  @Test
  void splitsTheScoreByVotes() {
    Media media =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .entity("c", "C")
            .says("a", 0, 5, "Let's start.")
            .says("b", 5, 10, "Thanks, Kim.")
            .says("c", 10, 15, "Kim, can you go next?")
            .says("a", 15, 20, "Sure.")
            .says("a", 20, 25, "Thanks Kim.")
            .build();
    RuleResult r = apply(rule, media, "Kim");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored()).extracting(Scored::score).containsExactly(0.85 * 2 / 3, 0.85 / 3);
  }

  @Test
  void ignoresAMereMention() {
    assertThat(apply(rule, threeTurns("Maria sent the deck yesterday."), "Maria").scored())
        .isEmpty();
  }

  @Test
  void thanksPointsForwardWhenNobodyElseSpokeBefore() {
    Media interview =
        TestMedia.named("m")
            .entity("a", "A")
            .entity("b", "B")
            .says("a", 0, 2, "There we go.")
            .says("a", 2, 9, "Thank you again, Myra, for joining the call. How did it go?")
            .says("b", 9, 20, "It went well.")
            .build();
    assertThat(top(apply(rule, interview, "Myra"))).isEqualTo("b");
  }
}
