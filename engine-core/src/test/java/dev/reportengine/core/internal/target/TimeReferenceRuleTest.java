package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

class TimeReferenceRuleTest {

  private final TimeReferenceRule rule = new TimeReferenceRule(5);

  private final Media media =
      TestMedia.named("m")
          .entity("a", "A")
          .entity("b", "B")
          .says("a", 740, 770, "A long answer that holds the floor.")
          .says("b", 750, 751, "Yeah.")
          .says("b", 800, 810, "Later.")
          .build();

  @Test
  void picksWhoHoldsTheFloorAtThatInstant() {
    RuleResult r = apply(rule, media, "whoever spoke at 12:30");
    assertThat(top(r)).isEqualTo("a");
    assertThat(r.scored().get(0).score()).isCloseTo(0.95 * 30 / 31, within(1e-9));
    assertThat(r.scored().get(0).evidence().get(0).atSeconds()).hasValue(740.0);
  }

  @Test
  void takesTheNearestTurnWithinTheWindowWhenNobodySpeaks() {
    RuleResult r = apply(rule, media, "at 13:17");
    assertThat(top(r)).isEqualTo("b");
    assertThat(r.scored().get(0).score()).isCloseTo(0.75 - 0.04 * 3, within(1e-9));
  }

  @Test
  void isConclusiveWithNobodyFarFromAnyTurn() {
    RuleResult r = apply(rule, media, "at minute 20");
    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
    assertThat(r.note())
        .contains("time_reference: nobody speaks within 5.0 s of 20:00 (the media lasts 13:30)");
  }
}
