package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import org.junit.jupiter.api.Test;

class QuestionsTest {

  @Test
  void askedByFindsTheTargetsQuestionSentencesInTimeOrder() {
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .entity("b", "Bo")
            .says("a", 0, 4, "Hello. How is the pricing set? We wondered.")
            .says("b", 4, 8, "Why do you ask?")
            .says("a", 8, 12, "The ?-operator confused us. Does onboarding take long？")
            .build();

    assertThat(Questions.askedBy(media, "a"))
        .containsExactly(
            new Excerpt("a", 0, 4, "How is the pricing set?"),
            new Excerpt("a", 8, 12, "Does onboarding take long？"));
  }

  @Test
  void askedByCountsRequestsSaidAsStatements() {
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .says(
                "a",
                0,
                9,
                "Thanks for joining. Tell me about a time a release slipped. Walk me through the"
                    + " fix. I'm curious how you told the customer. I told my team about it.")
            .build();

    assertThat(Questions.askedBy(media, "a"))
        .extracting(Excerpt::text)
        .containsExactly(
            "Tell me about a time a release slipped.",
            "Walk me through the fix.",
            "I'm curious how you told the customer.");
  }

  @Test
  void askedByIsEmptyForSomeoneWhoOnlyMakesStatements() {
    Media media =
        MediaBuilder.conversation().entity("a", "Ana").says("a", 0, 4, "All good. Thanks!").build();

    assertThat(Questions.askedBy(media, "a")).isEmpty();
  }
}
