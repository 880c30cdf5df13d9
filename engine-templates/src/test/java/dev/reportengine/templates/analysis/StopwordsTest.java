package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopwordsTest {

  @Test
  void english_isAStandardSizeListOfFunctionWordsAndContractions() {
    Stopwords english = Stopwords.english();

    assertThat(english.size()).isBetween(150, 300);
    assertThat(english.contains("the")).isTrue();
    assertThat(english.contains("don't")).isTrue();
    assertThat(english.contains("pricing")).isFalse();
  }

  @Test
  void appliesTo_englishAndUnknownLanguagesOnly() {
    assertThat(Stopwords.appliesTo(Optional.of("en-GB"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("EN"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.empty())).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("und"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("zh-TW"))).isFalse();
  }
}
