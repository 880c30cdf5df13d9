package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Second reader 23: speaker names by hand-over and trailing name, and the described-post miss. */
class SecondReader23FindingsTest {

  /** Three anonymous speakers, as {@link SpeakerNamesTest} builds them. */
  private static TestMedia three() {
    return SpeakerNamesTest.anonymous();
  }

  @Test
  void namesNobodyByAPlaceGivenInAnswer() {
    Media based =
        three()
            .says("speaker-0", 0, 3, "Where are you based these days?")
            .says("speaker-1", 3, 6, "Leeds, at the moment.")
            .says("speaker-0", 6, 9, "Lovely, I used to live in Leeds.")
            .build();
    Media worst =
        three()
            .says("speaker-0", 0, 3, "Which site is worst for it?")
            .says("speaker-1", 3, 6, "Leeds, I think.")
            .says("speaker-0", 6, 9, "That tallies with what I heard about Leeds.")
            .build();

    assertThat(SpeakerNames.infer(based)).isEmpty();
    assertThat(SpeakerNames.infer(worst)).isEmpty();
  }

  @Test
  void namesNobodyByAnAppositiveThatClosesAnAnswer() {
    Media media =
        three()
            .says("speaker-0", 0, 3, "Who do you buy from now?")
            .says("speaker-1", 3, 6, "We only use one wholesaler, Bidfood.")
            .says("speaker-0", 6, 9, "Okay, that's useful.")
            .says("speaker-1", 9, 12, "Just the one depot, Wakefield.")
            .says("speaker-0", 12, 15, "Right.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Off you go, Ros.",
        "Take it away, Ros.",
        "The floor's yours, Ros.",
        "When you're ready, Ros.",
        "In your own time, Ros."
      })
  void takesAHandOverByNameForwardNotBack(String handOver) {
    Media media =
        three()
            .says("speaker-0", 0, 3, "That's all from me on the rota, Ros knows the rest.")
            .says("speaker-1", 3, 6, handOver)
            .says("speaker-2", 6, 9, "Thanks. So, the budget is looking tight this quarter.")
            .build();

    assertThat(SpeakerNames.infer(media))
        .noneMatch(n -> n.entityId().equals("speaker-0") && n.name().equals("Ros"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Will do, Chief.", "Will do, Governor."})
  void namesNobodyByATitle(String reply) {
    Media media =
        three()
            .says("speaker-0", 0, 3, "Get that to me by Friday, please.")
            .says("speaker-1", 3, 6, reply)
            .says("speaker-0", 6, 9, "Good.")
            .build();

    assertThat(SpeakerNames.infer(media)).isEmpty();
  }

  @Test
  void leavesTheHolderInTheRoomToBeFoundWhenThePostIsNotSingledOut() {
    Media media =
        TestMedia.named("m")
            .entity("ana", "Ana")
            .entity("ben", "Ben")
            .says("ana", 0, 5, "Our planner is retiring at Easter, so today is about the handover.")
            .says("ben", 5, 9, "Forty-one years, and I'm still not ready to go.")
            .build();

    assertThat(
            RuleTesting.apply(new TopicRule(), media, "the planner who is retiring").conclusive())
        .isFalse();
  }
}
