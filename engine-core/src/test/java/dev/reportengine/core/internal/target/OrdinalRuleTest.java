package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalRuleTest {

  private final OrdinalRule rule = new OrdinalRule();

  private final Media media =
      TestMedia.named("m")
          .entity(new Entity("unknown", Optional.empty(), Map.of()))
          .entity("zed", "Zed")
          .entity("amy", "Amy")
          .entity("bob", "Bob")
          .says("unknown", 0, 1, "[music]")
          .says("zed", 1, 2, "First.")
          .says("bob", 3, 4, "Third.")
          .says("amy", 3, 4, "Second, by id.")
          .says("zed", 5, 6, "Again.")
          .build();

  @ParameterizedTest
  @CsvSource({
    "the first speaker, zed",
    "the second person to speak, amy",
    "the 3rd speaker, bob",
    "speaker 2, amy",
    "person number three, bob",
    "the last speaker, bob"
  })
  void countsInOrderOfFirstSpeechSkippingTheAnonymousSpeaker(String hint, String expected) {
    RuleResult r = apply(rule, media, hint);
    assertThat(top(r)).isEqualTo(expected);
    assertThat(r.conclusive()).isTrue();
    assertThat(r.scored().get(0).score()).isEqualTo(0.9);
  }

  @Test
  void isConclusiveWithNobodyForAPlaceNobodyHolds() {
    RuleResult r = apply(rule, media, "the fifth speaker");
    assertThat(r.scored()).isEmpty();
    assertThat(r.conclusive()).isTrue();
    assertThat(r.note())
        .contains(
            "ordinal: the hint asks for place [fifth] in order of first speech, but 3 people speak");
  }

  @Test
  void ignoresHintsWithoutAnOrdinal() {
    assertThat(apply(rule, media, "the first draft").conclusive()).isFalse();
  }

  @Test
  void countsInterviewersWithoutTheCandidateWhoAnswers() {
    Media interview =
        TestMedia.named("i")
            .entity("cat", "Cat")
            .entity("ian", "Ian")
            .entity("una", "Una")
            .says("cat", 0, 2, "Hi, thanks for coming in.")
            .says("ian", 3, 4, "Hello, good to be here.")
            .says("ian", 5, 6, "Shall we begin?")
            .says(
                "cat",
                7,
                20,
                "Sure. I run the night shift at a depot, about forty drivers, and I planned the"
                    + " routes for the whole winter season last year.")
            .says("una", 21, 23, "How did you plan them?")
            .says(
                "cat", 24, 40, "With the old dispatch data, week by week, and the drivers' input.")
            .build();

    RuleResult second = apply(rule, interview, "the second interviewer");
    assertThat(top(second)).isEqualTo("una");
    assertThat(apply(rule, interview, "the first interviewer").scored().get(0).entity().id())
        .isEqualTo("ian");
    assertThat(apply(rule, interview, "the third interviewer").note().orElseThrow())
        .contains("but 2 people interview (everyone but the candidate, cat)");
  }
}
