package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportengine.api.media.Media;
import dev.reportengine.text.Stopwords;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private final KeywordExtractor extractor = new KeywordExtractor(Stopwords.english());

  private static Media conversation(String language) {
    return MediaBuilder.conversation()
        .language(language)
        .entity("a", "Ana")
        .entity("b", "Bo")
        .says("a", 0, 5, "The pricing and the dashboards, the pricing again and again")
        .says("b", 5, 9, "the pricing is fine")
        .says("a", 9, 12, "onboarding analytics")
        .build();
  }

  @Test
  void scoreWeighsTermFrequencyBySmoothedInverseDocumentFrequency() {
    KeywordScores scores = extractor.score(conversation("en"), "a");

    double rare = Math.log(4.0 / 2.0) + 1;
    assertThat(scores.score("pricing")).isCloseTo(2 * (Math.log(4.0 / 3.0) + 1), within(1e-12));
    assertThat(scores.score("dashboards")).isCloseTo(rare, within(1e-12));
    assertThat(scores.score("fine")).isZero();
  }

  @Test
  void topRanksByScoreThenAlphabeticallyWithoutStopwords() {
    KeywordScores scores = extractor.score(conversation("en-US"), "a");

    assertThat(scores.top(10))
        .extracting(Keyword::term)
        .containsExactly("pricing", "analytics", "dashboards", "onboarding");
    assertThat(scores.top(2)).extracting(Keyword::term).containsExactly("pricing", "analytics");
    assertThat(scores.score("again")).isZero();
  }

  @Test
  void scoreAppliesEnglishStopwordsWhenTheLanguageIsUnknown() {
    assertThat(extractor.score(conversation(null), "a").score("the")).isZero();
  }

  @Test
  void scoreKeepsEnglishStopwordsForOtherLanguages() {
    assertThat(extractor.score(conversation("de"), "a").top(1))
        .extracting(Keyword::term)
        .containsExactly("the");
  }

  @Test
  void scoreIsEmptyForSomeoneWhoNeverSpoke() {
    assertThat(extractor.score(conversation("en"), "nobody").top(5)).isEmpty();
  }
}
