package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionStatsTest {

  @Test
  void doesCountRequestsSaidAsStatementsAsOpenQuestions() {
    Media media =
        MediaBuilder.conversation()
            .entity("a", "Ana")
            .says(
                "a",
                0,
                20,
                "Give me an example of a trade-off you made. I'm curious how you decided. Did it"
                    + " work? Why did you pick Postgres?")
            .build();

    QuestionStats stats = QuestionStats.of(media, "a", LanguagePack.forLanguage(Optional.of("en")));

    assertThat(stats.count()).isEqualTo(4);
    assertThat(stats.open()).contains(3);
    assertThat(stats.closed()).contains(1);
  }
}
