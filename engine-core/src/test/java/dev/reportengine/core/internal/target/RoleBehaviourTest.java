package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** Roles known from behaviour: who joined late, who ran the meeting, and self-described jobs. */
class RoleBehaviourTest {

  private final RoleRule rule = new RoleRule(RoleLexicon.standard());

  private static final Media MEETING =
      TestMedia.named("m")
          .entity("a", "A")
          .entity("b", "B")
          .entity("c", "C")
          .says("a", 0, 5, "Okay, let's get started, quick agenda for today.")
          .says("b", 6, 12, "Morning. I look after the design side, the empty states are done.")
          .says("a", 13, 20, "Great, moving on to the release date.")
          .says("c", 140, 146, "Sorry I'm late, the train was stuck. I run QA for the app.")
          .says("a", 147, 150, "No worries.")
          .build();

  @Test
  void findsWhoeverRanTheMeeting() {
    assertThat(top(apply(rule, MEETING, "whoever ran the meeting"))).isEqualTo("a");
    assertThat(top(apply(rule, MEETING, "the facilitator"))).isEqualTo("a");
  }

  @Test
  void findsThePersonWhoJoinedLate() {
    assertThat(top(apply(rule, MEETING, "the person who joined late"))).isEqualTo("c");
  }

  @Test
  void findsAJobFromASelfDescription() {
    assertThat(top(apply(rule, MEETING, "the designer"))).isEqualTo("b");
    assertThat(top(apply(rule, MEETING, "the QA person"))).isEqualTo("c");
  }
}
