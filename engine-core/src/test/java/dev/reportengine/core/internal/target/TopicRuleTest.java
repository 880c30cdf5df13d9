package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

class TopicRuleTest {

  private final TopicRule rule = new TopicRule();

  private final Media media =
      TestMedia.named("m")
          .entity("a", "A")
          .entity("b", "B")
          .says("a", 0, 5, "The parrot is dead. I wish to complain about this parrot.")
          .says("b", 5, 10, "No, it is resting. Lovely plumage.")
          .says("a", 10, 15, "It's stone dead.")
          .build();

  @Test
  void ranksPeopleByBm25AndQuotesTheirBestTurn() {
    RuleResult r = apply(rule, media, "who complained about the dead parrots");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored().get(0).score()).isEqualTo(0.8);
    assertThat(r.scored().get(0).evidence().get(0).quote())
        .contains("The parrot is dead. I wish to complain about this parrot.");
  }

  @Test
  void leavesAHintThatReadsAsANameAlone() {
    assertThat(apply(rule, media, "Polly Parrot").scored()).isEmpty();
  }

  @Test
  void creditsWordsSaidToSomeoneByNameToThemAndNotToTheSpeaker() {
    Media meeting =
        TestMedia.named("m")
            .entity("chair", "Chair")
            .entity("k", "K")
            .entity("t", "T")
            .says("chair", 0, 5, "Kofi, before we get to the vendor, how's infrastructure looking?")
            .says("k", 5, 10, "Fine, the cluster upgrade is done.")
            .says("chair", 10, 15, "Good. Ilse, our solutions engineer, did the mapping.")
            .says("t", 15, 20, "Thanks. I'll take the release notes.")
            .build();

    RuleResult infrastructure = apply(rule, meeting, "the infrastructure person");
    assertThat(top(infrastructure)).isEqualTo("k");
    assertThat(infrastructure.scored().get(0).evidence().get(0).quote())
        .contains("Kofi, before we get to the vendor, how's infrastructure looking?");
    assertThat(apply(rule, meeting, "the solutions engineer").scored()).isEmpty();
  }

  @Test
  void countsOnlyQuestionsForAHintAboutWhatSomeoneAsked() {
    Media call =
        TestMedia.named("m")
            .entity("seller", "S")
            .entity("buyer", "B")
            .says("seller", 0, 5, "Our API covers invoices, and the API has webhooks too.")
            .says("buyer", 5, 8, "Does it have an open API?")
            .says("seller", 8, 12, "Yes, the API is documented, I'll send the API guide.")
            .build();

    assertThat(top(apply(rule, call, "whoever asked about the API"))).isEqualTo("buyer");
    assertThat(top(apply(rule, call, "whoever talked about the API"))).isEqualTo("seller");
  }

  @Test
  void countsRequestsSaidAsStatementsAsQuestionsForAHintAboutWhatSomeoneAsked() {
    Media call =
        TestMedia.named("m")
            .entity("lead", "L")
            .entity("panel", "P")
            .entity("candidate", "C")
            .says("lead", 0, 5, "Thanks for coming in today.")
            .says("panel", 5, 8, "And walk me through how you control waste in the kitchen.")
            .says("candidate", 8, 20, "Waste is weighed daily, and kitchen waste goes on a sheet.")
            .says("lead", 20, 25, "Good. Tell us about your last job.")
            .build();

    assertThat(top(apply(rule, call, "whoever asked about kitchen waste"))).isEqualTo("panel");
  }

  @Test
  void creditsNobodyWithWordsThatDescribeAThirdPersonToSomeoneCalledByName() {
    Media call =
        TestMedia.named("m")
            .entity("g", "G")
            .entity("n", "N")
            .entity("i", "I")
            .says("i", 0, 3, "Hi, sorry, the bank ran over.")
            .says("g", 3, 8, "Noor, this is Ines Oyelaran, our controller.")
            .says("n", 8, 10, "Hi Ines, nice to meet you.")
            .build();

    assertThat(apply(rule, call, "the controller").scored()).isEmpty();
  }
}
