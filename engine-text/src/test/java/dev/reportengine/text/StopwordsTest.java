package dev.reportengine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopwordsTest {

  @Test
  void englishIsAStandardSizeListOfFunctionWordsAndContractions() {
    Stopwords english = Stopwords.english();

    assertThat(english.size()).isBetween(150, 300);
    assertThat(english.contains("the")).isTrue();
    assertThat(english.contains("don't")).isTrue();
    assertThat(english.contains("pricing")).isFalse();
  }

  @Test
  void appliesToEnglishAndUnknownLanguagesOnly() {
    assertThat(Stopwords.appliesTo(Optional.of("en-GB"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("EN"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.empty())).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("und"))).isTrue();
    assertThat(Stopwords.appliesTo(Optional.of("zh-TW"))).isFalse();
  }

  @Test
  void ofMatchesExactlyTheWordsGiven() {
    Stopwords list = Stopwords.of(List.of("person", "who"));

    assertThat(list.contains("who")).isTrue();
    assertThat(list.contains("Who")).isFalse();
    assertThat(list.contains("the")).isFalse();
    assertThat(list.size()).isEqualTo(2);
  }
}
