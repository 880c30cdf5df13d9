package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.templates.analysis.MediaBuilder;
import org.junit.jupiter.api.Test;

/** Second reader 20: a question another interviewer follows up is still put to the candidate. */
class SecondReader20FindingsTest {

  @Test
  void keepsAQuestionToTheCandidateThatAnotherInterviewerAddsTo() {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("sam", "Sam")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you disagreed with a head coach.")
            .says("sam", 4, 6, "And it can be from any club, not just this one.")
            .says("alex", 7, 20, "Sure. At Ashford the head coach wanted the pitch cut short.")
            .says("dana", 21, 24, "What's your notice period?")
            .says("sam", 25, 27, "And would you be able to relocate?")
            .says("alex", 28, 35, "A month, and yes, I'd move.")
            .build();
    assertThat(HiringClaimsTest.questionsToAlex(media))
        .contains(
            "Tell me about a time you disagreed with a head coach.", "What's your notice period?");
  }
}
