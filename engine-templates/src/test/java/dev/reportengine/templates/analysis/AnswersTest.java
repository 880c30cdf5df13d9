package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswersTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  private final Media media =
      MediaBuilder.conversation()
          .entity("dana", "Dana")
          .entity("alex", "Alex")
          .says("dana", 0, 3, "Thanks for joining. Tell me about an incident?")
          .says(
              "alex",
              4,
              20,
              "Last year our checkout started failing. I had to restore it fast. I rolled back"
                  + " the release, and errors dropped to zero within minutes of the change.")
          .says("dana", 21, 22, "Mm-hmm.")
          .says("alex", 22, 24, "That was it.")
          .says("dana", 25, 26, "Good. Anything else to add here?")
          .says("alex", 27, 28, "No.")
          .build();

  @Test
  void doesPairEachAnswerWithTheLastQuestionBeforeIt() {
    List<Answer> answers =
        Answers.of(
            Turns.of(media, Optional.of(EN.lexicon("backchannels")), CancellationToken.NONE),
            "alex",
            Optional.of(EN));

    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).question().orElseThrow().text())
        .isEqualTo("Tell me about an incident?");
    assertThat(answers.get(1).question().orElseThrow().text())
        .isEqualTo("Anything else to add here?");
    assertThat(answers).extracting(Answer::index).containsExactly(1, 2);
  }

  @Test
  void doesFindAllFourStarPartsWhenEachHasACue() {
    List<Answer> answers =
        Answers.of(
            Turns.of(media, Optional.of(EN.lexicon("backchannels")), CancellationToken.NONE),
            "alex",
            Optional.of(EN));

    StarCheck star = answers.get(0).star().orElseThrow();
    assertThat(star.letters()).isEqualTo("S T A R");
    assertThat(star.completeness()).isEqualTo(1.0);
  }

  @Test
  void doesNotAssessStarWhenTheAnswerIsShort() {
    List<Answer> answers =
        Answers.of(
            Turns.of(media, Optional.empty(), CancellationToken.NONE), "alex", Optional.of(EN));

    assertThat(answers.get(answers.size() - 1).star()).isEmpty();
    assertThat(answers.get(answers.size() - 1).substantive()).isFalse();
  }

  @Test
  void doesTellClaimsFromOtherSentences() {
    assertThat(Claims.isClaim("I've worked with Kafka for years.", EN)).isTrue();
    assertThat(Claims.isClaim("The team worked with Kafka.", EN)).isFalse();
  }

  @Test
  void doesPairAnAnswerWithAStatementPromptAcrossASecondInterviewer() {
    Media panel =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("sam", "Sam")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Great. Walk me through your last migration.")
            .says("sam", 3, 5, "And take your time, no rush at all.")
            .says("alex", 5, 9, "We moved billing to Postgres over two months.")
            .says("sam", 9, 10, "Nice, thanks for that.")
            .says("alex", 10, 12, "It went fine in the end.")
            .build();

    List<Answer> answers =
        Answers.of(
            Turns.of(panel, Optional.of(EN.lexicon("backchannels")), CancellationToken.NONE),
            "alex",
            Optional.of(EN));

    assertThat(answers.get(0).question().orElseThrow().text())
        .isEqualTo("Walk me through your last migration.");
    assertThat(answers.get(1).question()).isEmpty();
  }

  @Test
  void doesGiveNoResultForHedgedOrHypotheticalOutcomes() {
    Media hedged =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you improved performance.")
            .says(
                "alex",
                4,
                20,
                "At my last company the checkout was slow. I would probably profile it first and"
                    + " hopefully that cut the latency by half. I usually try to measure before and"
                    + " after, and generally it improved by a lot.")
            .build();

    StarCheck star =
        Answers.of(
                Turns.of(hedged, Optional.of(EN.lexicon("backchannels")), CancellationToken.NONE),
                "alex",
                Optional.of(EN))
            .get(0)
            .star()
            .orElseThrow();

    assertThat(star.situation()).isTrue();
    assertThat(star.result()).isFalse();
  }

  @Test
  void doesGiveAResultForAnOutcomeThatHappened() {
    assertThat(StarCheck.tellsWhatHappened("As a result, errors dropped to zero.")).isTrue();
    assertThat(StarCheck.tellsWhatHappened("I would hope errors dropped to zero.")).isFalse();
    assertThat(StarCheck.tellsWhatHappened("Usually that cuts errors by half.")).isFalse();
    assertThat(StarCheck.tellsWhatHappened("Did errors drop to zero?")).isFalse();
  }

  @Test
  void countsTheStarPartsOfAStoryThatGoesOnAfterTheListenersRemark() {
    Media call =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "Tell me about a time you pulled somebody up on safety.")
            .says(
                "alex",
                4,
                20,
                "Yeah, about a year ago I caught one of my loaders driving a tug under the wing"
                    + " of a parked aircraft, to save going round.")
            .says("dana", 21, 23, "Oh, that's a sacking offence at some places.")
            .says(
                "alex",
                24,
                40,
                "It is. I stopped him straight away and took him off the tug for the rest of the"
                    + " shift, and I did the incident report the same day.")
            .build();

    List<Answer> answers =
        Answers.of(
            Turns.of(call, Optional.of(EN.lexicon("backchannels")), CancellationToken.NONE),
            "alex",
            Optional.of(EN));

    assertThat(answers.get(0).star().orElseThrow().letters()).contains("A");
    assertThat(answers.get(0).sentences()).hasSize(1);
  }
}
