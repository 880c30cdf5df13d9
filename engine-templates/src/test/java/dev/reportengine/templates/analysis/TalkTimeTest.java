package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import org.junit.jupiter.api.Test;

class TalkTimeTest {

  private final Media media =
      MediaBuilder.conversation()
          .entity("b", "Bo")
          .entity("a", "Ana")
          .entity("c", "Cy")
          .says("a", 0, 10, "one two three")
          .says("a", 10, 12.5, "four")
          .says("b", 12.5, 20, "five six")
          .says("a", 20, 25, "seven")
          .says("b", 25, 32.5, "eight")
          .build();

  @Test
  void perEntitySumsDurationsWordsAndMergesConsecutiveUtterancesIntoTurns() {
    assertThat(TalkTime.perEntity(media))
        .containsExactly(
            new SpeakerStats("a", 17.5, 17.5 / 32.5, 5, 2),
            new SpeakerStats("b", 15.0, 15.0 / 32.5, 3, 2),
            new SpeakerStats("c", 0, 0, 0, 0));
  }

  @Test
  void perEntityBreaksTalkTimeTiesById() {
    Media tie =
        MediaBuilder.conversation()
            .entity("z", "Zed")
            .entity("y", "Yan")
            .says("z", 0, 5, "hi")
            .says("y", 5, 10, "hello")
            .build();

    assertThat(TalkTime.perEntity(tie))
        .extracting(SpeakerStats::entityId)
        .containsExactly("y", "z");
  }

  @Test
  void ofIsSilentForAnEntityThatNeverSpoke() {
    assertThat(TalkTime.of(media, "c")).isEqualTo(SpeakerStats.silent("c"));
    assertThat(TalkTime.of(media, "c").wordsPerMinute()).isZero();
  }

  @Test
  void wordsPerMinuteDividesWordsByTalkMinutes() {
    assertThat(new SpeakerStats("a", 30, 1, 60, 1).wordsPerMinute()).isEqualTo(120.0);
  }
}
