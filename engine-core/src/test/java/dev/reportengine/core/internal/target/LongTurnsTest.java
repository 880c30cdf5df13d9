package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Name inference and the hint cascade read a turn of some 120,000 characters with no full stop, a
 * phrase their patterns look for said over and over, in about a second. Each once read the rest of
 * the text at every match (a question check to the sentence's end, the words before a "this is",
 * the speaker's every turn once per name given): "It's Tom Jones. " 4,000 times took 51 s in the
 * cascade and "this is Tom, " 7 s in inference, minutes at this length. The time-out is a hang
 * guard, far above the linear time and far below the quadratic one.
 */
class LongTurnsTest {

  private static final int LENGTH = 120_000;

  private static Media call(String phrase) {
    return TestMedia.named("m")
        .entity("s0", "Speaker 0")
        .entity("s1", "Speaker 1")
        .says("s0", 0, 5, phrase.repeat(LENGTH / phrase.length()))
        .says("s1", 5, 10, "Yes, go ahead.")
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's Tom ",
        "It's Tom Jones. ",
        "this is Tom, ",
        "I'm Tom ",
        "I am Tom Jones ",
        "who is Tom ",
        "Thanks, Tom ",
        "Tom, can you ",
        "Tom here, "
      })
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readsALongTurnThatRepeatsASelfIntroductionOnceNotOncePerMatch(String phrase) {
    Media media = call(phrase);
    assertThat(SpeakerNames.infer(media)).isNotNull();
    assertThat(HintCascade.standard(HintPolicy.DEFAULTS).resolve(media, "Tom Jones from Acme"))
        .isNotNull();
    assertThat(HintCascade.standard(HintPolicy.DEFAULTS).resolve(media, "the person from Acme"))
        .isNotNull();
  }
}
