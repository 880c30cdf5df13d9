package dev.reportengine.templates.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import java.util.Map;
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
    ConversationAnalysis a =
        ConversationAnalysis.of(
            new TemplateContext(media, media.entity("alex").orElseThrow(), Map.of()));
    List<Competency> defaults = Competencies.defaults(a.language().orElseThrow());
    assertThat(
            HiringClaims.of(HiringFacts.of(a, defaults)).stream()
                .filter(c -> c.kind().equals("question"))
                .map(c -> c.quote().orElseThrow().text()))
        .contains(
            "Tell me about a time you disagreed with a head coach.", "What's your notice period?");
  }
}
