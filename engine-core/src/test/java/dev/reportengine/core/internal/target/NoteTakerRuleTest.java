package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** The minute-taker is whoever says they take the minutes, answers "Minuted.", or is asked to. */
class NoteTakerRuleTest {

  private final NoteTakerRule rule = new NoteTakerRule();

  @Test
  void findsWhoSaysTheyTakeTheMinutes() {
    Media call =
        TestMedia.named("m")
            .entity("ruth", "Ruth")
            .entity("jo", "Jo")
            .entity("pete", "Pete")
            .says(
                "jo",
                0,
                5,
                "Present, Ruth in the chair, Pete, and myself, Jo Dent, taking the minutes.")
            .says("ruth", 6, 9, "Thanks, Jo. We'll have the new haulage rates in a minute.")
            .says("pete", 10, 14, "I'll have it done in ten minutes.")
            .build();
    RuleResult r = apply(rule, call, "the minute-taker");
    assertThat(top(r)).isEqualTo("jo");
    assertThat(r.scored().get(0).rule()).isEqualTo("note_taker");
    assertThat(top(apply(rule, call, "whoever took the minutes"))).isEqualTo("jo");
  }

  @Test
  void findsWhoIsAskedToMinuteAndAnswersMinuted() {
    Media call =
        TestMedia.named("m")
            .entity("helen", "Helen")
            .entity("ade", "Ade")
            .says("helen", 0, 5, "Okay, then we're going to one day, Ade, can you minute that.")
            .says("ade", 6, 9, "Minuted. One day, capped at two hundred crews.")
            .build();
    assertThat(top(apply(rule, call, "the person taking the minutes"))).isEqualTo("ade");
  }

  @Test
  void findsNobodyForAnotherHintOrWhenNobodySaysSo() {
    Media call =
        TestMedia.named("m")
            .entity("helen", "Helen")
            .entity("ade", "Ade")
            .says("helen", 0, 5, "Ade's notes from the site visit were really useful.")
            .says("ade", 6, 9, "Thanks, I'll tidy them up.")
            .build();
    assertThat(apply(rule, call, "the person taking the minutes").scored()).isEmpty();
    assertThat(apply(rule, call, "the secretary").scored()).isEmpty();
  }
}
