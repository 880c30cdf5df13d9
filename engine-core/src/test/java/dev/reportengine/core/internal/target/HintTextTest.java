package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HintTextTest {

  @Test
  void dropsStopWordsFromContentWords() {
    assertThat(HintText.of("the person who talked about the budget").contentWords())
        .containsExactly("budget");
  }

  @Test
  void readsCapitalisedWordsAsAProperName() {
    assertThat(HintText.of("Tom Becker").isProperName()).isTrue();
    assertThat(HintText.of("Dr. Priya Shah").isProperName()).isTrue();
    assertThat(HintText.of("the budget owner").isProperName()).isFalse();
    assertThat(HintText.of("the person").isProperName()).isFalse();
  }

  @Test
  void stemsSuffixesAlikeForHintsAndTranscripts() {
    assertThat(HintText.stem("complained")).isEqualTo(HintText.stem("complain"));
    assertThat(HintText.stem("parrots")).isEqualTo("parrot");
    assertThat(HintText.stem("batteries")).isEqualTo("battery");
    assertThat(HintText.stem("status")).isEqualTo("status");
  }

  @Test
  void findsConsecutivePhrases() {
    assertThat(
            HintText.containsPhrase(
                HintText.of("Head of Operations Analytics").words(),
                HintText.of("operations analytics").words()))
        .isTrue();
    assertThat(
            HintText.containsPhrase(
                HintText.of("Head of Operations Analytics").words(),
                HintText.of("head analytics").words()))
        .isFalse();
  }
}
