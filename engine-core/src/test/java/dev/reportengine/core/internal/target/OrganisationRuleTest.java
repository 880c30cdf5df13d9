package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** A hint naming an organisation finds who speaks of it as their own, not who buys from it. */
class OrganisationRuleTest {

  private static final Media CALL =
      TestMedia.named("m")
          .entity("s0", "Speaker 0")
          .entity("s1", "Speaker 1")
          .says("s0", 0, 5, "Today I'd like to walk you through a short demo of Corvane Track.")
          .says("s1", 6, 9, "Sure. At Hollin Farms we still plan the routes on a whiteboard.")
          .says("s1", 10, 14, "We also got a quote from Corvane last year, but we use Pathwise.")
          .says("s0", 15, 20, "Got it. Ask Marta in front of Dorian if that helps, I can wait.")
          .build();

  private final OrganisationRule rule = new OrganisationRule();

  @Test
  void findsWhoSpeaksOfTheOrganisationAsTheirOwn() {
    RuleResult corvane = apply(rule, CALL, "Corvane");
    assertThat(top(corvane)).isEqualTo("s0");
    assertThat(corvane.scored()).hasSize(1);
    assertThat(corvane.scored().get(0).rule()).isEqualTo("organisation");
    assertThat(top(apply(rule, CALL, "the person from Hollin Farms"))).isEqualTo("s1");
  }

  @Test
  void takesTheSpeakerSomeoneNamesWithTheOrganisation() {
    Media call =
        TestMedia.named("m")
            .entity("bronwen", "Bronwen Ellis")
            .entity("marcus", "Marcus")
            .entity("sunita", "Sunita")
            .says(
                "bronwen",
                0,
                8,
                "Morning. We've got Marcus from Tarnside Water and Sunita from Northmoor Gas.")
            .says("marcus", 9, 12, "Morning all.")
            .says("sunita", 13, 16, "Hi, yes, thanks.")
            .build();
    assertThat(top(apply(rule, call, "Northmoor Gas"))).isEqualTo("sunita");
    assertThat(top(apply(rule, call, "the person from Tarnside Water"))).isEqualTo("marcus");
  }

  @Test
  void doesNotTakeAProductTheySpeakAboutAsTheirEmployer() {
    assertThat(apply(rule, CALL, "the one from Pathwise").scored()).isEmpty();
  }

  @Test
  void doesNotTakeSomeoneWhoStatesAnotherPostThereForTheHintsPost() {
    Media call =
        TestMedia.named("m")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says(
                "s0", 0, 5, "Morning. I'm the controller at Hollin Farms, I look after the money.")
            .says("s1", 6, 9, "And at Hollin Farms we run the depots between the two of us.")
            .build();

    assertThat(apply(rule, call, "the director of operations at Hollin Farms").scored())
        .extracting(Scored::entity)
        .extracting(e -> e.id())
        .containsExactly("s1");
    assertThat(top(apply(rule, call, "the controller at Hollin Farms"))).isEqualTo("s0");
    assertThat(apply(rule, call, "the person from Hollin Farms").scored()).hasSize(2);
  }

  @Test
  void missesAPostAtAnOrganisationNoSpeakerSpeaksOfAsTheirOwn() {
    Media call =
        TestMedia.named("m")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says(
                "s0",
                0,
                6,
                "Yvonne Castellano, head of property services at Linden Vale. We've had a quote"
                    + " from Helix Imaging.")
            .says(
                "s1",
                6,
                12,
                "I look after the housing accounts at Trulift. Helix don't come with staff.")
            .says("s0", 12, 16, "And I can get you a reference call with Gull Rock Inns.")
            .build();

    RuleResult helix = apply(rule, call, "the Helix salesperson");
    assertThat(helix.conclusive()).isTrue();
    assertThat(helix.scored()).isEmpty();
    assertThat(helix.note()).hasValueSatisfying(n -> assertThat(n).contains("Helix"));
    assertThat(apply(rule, call, "the general manager at Gull Rock Inns").conclusive()).isTrue();
    // a name and a post opening a sentence, "I look after ... at": the speaker's own organisation
    assertThat(top(apply(rule, call, "the head of property services at Linden Vale")))
        .isEqualTo("s0");
    assertThat(top(apply(rule, call, "the account manager at Trulift"))).isEqualTo("s1");
    // not a post: "the person from", what someone did, an initialism
    assertThat(apply(rule, call, "the person from Helix").conclusive()).isFalse();
    assertThat(apply(rule, call, "whoever got the quote from Helix").conclusive()).isFalse();
  }

  @Test
  void leavesPeopleToOtherRules() {
    assertThat(apply(rule, CALL, "Dorian").scored()).isEmpty();
    assertThat(apply(rule, CALL, "Speaker 1").scored()).isEmpty();
  }

  @Test
  void resolvesThroughTheCascade() {
    Resolution r =
        new MagicHintResolver()
            .resolve(new ResolutionContext(CALL, TargetSpec.magicHint("Corvane")));
    assertThat(r)
        .isInstanceOfSatisfying(
            Resolution.Found.class, f -> assertThat(f.entity().id()).isEqualTo("s0"));
  }
}
