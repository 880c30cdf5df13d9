package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.text.Stopwords;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  private final KeywordExtractor extractor = new KeywordExtractor(Stopwords.english());

  private List<Excerpt> quotes(Media media, int limit) {
    return Quotes.select(media, "a", extractor.score(media, "a"), limit);
  }

  @Test
  void selectPrefersDenseSentencesAndReturnsThemInTimeOrder() {
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .says("a", 0, 5, "Well I think that it was kind of what we wanted back then.")
            .says(
                "a", 5, 10, "Pricing tiers confuse procurement teams during annual renewal cycles.")
            .says("a", 10, 15, "Too short to quote.")
            .says(
                "a",
                15,
                20,
                "Dashboards should surface churn signals before quarterly reviews happen.")
            .build();

    assertThat(quotes(media, 2)).extracting(Excerpt::startSeconds).containsExactly(5.0, 15.0);
  }

  @Test
  void selectSkipsAQuoteSharingMoreThanHalfItsKeywordsWithAChosenOne() {
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .says(
                "a", 0, 5, "Pricing tiers confuse procurement teams during annual renewal cycles.")
            .says("a", 5, 10, "Honestly pricing tiers confuse procurement teams during renewal.")
            .says("a", 10, 15, "Dashboards should surface churn signals before quarterly reviews.")
            .build();

    assertThat(quotes(media, 3)).extracting(Excerpt::startSeconds).containsExactly(5.0, 10.0);
  }

  @Test
  void selectOnlyTakesSentencesOfEightToFortyWords() {
    String long41 = "word ".repeat(40) + "pricing.";
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .says("a", 0, 5, "Seven words about pricing tiers right here.")
            .says("a", 5, 10, long41)
            .build();

    assertThat(quotes(media, 5)).isEmpty();
  }
}
