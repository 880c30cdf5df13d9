package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/**
 * "Marta's colleague" is whom Marta brings along or names as one of hers, or who says so of her.
 */
class ColleagueRuleTest {

  private static final Media CALL =
      TestMedia.named("m")
          .entity("marta", "Marta Kowalczyk")
          .entity("jules", "Jules Ashby")
          .entity("dominic", "Dominic Hale")
          .entity("saoirse", "Saoirse Flynn")
          .says("marta", 0, 5, "So, I've brought Jules with me today, Jules runs your account.")
          .says("jules", 6, 9, "Hi Dominic, nice to meet you properly.")
          .says("dominic", 10, 14, "Hi Jules. Saoirse's going to join as well, from the train.")
          .says("saoirse", 15, 20, "Sorry, sorry, I'm here now, the signal's awful.")
          .build();

  private final ColleagueRule rule = new ColleagueRule();

  @Test
  void findsWhomTheSpeakerBringsAlongOrSaysWillJoin() {
    RuleResult marta = apply(rule, CALL, "Marta's colleague");
    assertThat(top(marta)).isEqualTo("jules");
    assertThat(marta.scored().get(0).rule()).isEqualTo("colleague");
    assertThat(top(apply(rule, CALL, "Dominic's colleague who was at the toy fair")))
        .isEqualTo("saoirse");
  }

  @Test
  void findsTheSpeakerWhoSaysTheyBroughtThem() {
    assertThat(top(apply(rule, CALL, "Jules's co-worker"))).isEqualTo("marta");
    assertThat(top(apply(rule, CALL, "Saoirse's colleague"))).isEqualTo("dominic");
  }

  @Test
  void findsNobodyForANonSpeakerOrAHintAboutNoSpeakersColleague() {
    assertThat(apply(rule, CALL, "Gareth's colleague").scored()).isEmpty();
    assertThat(apply(rule, CALL, "the colleague").scored()).isEmpty();
  }

  @Test
  void findsNobodyWhenTheSpeakerNamesTwoAsTheirs() {
    Media call =
        TestMedia.named("m")
            .entity("nadia", "Nadia")
            .entity("callum", "Callum")
            .entity("priya", "Priya")
            .says(
                "nadia", 0, 5, "I've got my colleague Callum with me, and Priya will join us too.")
            .says("callum", 6, 9, "Hiya.")
            .says("priya", 10, 14, "Morning.")
            .build();
    assertThat(apply(rule, call, "Nadia's colleague").scored()).isEmpty();
  }
}
