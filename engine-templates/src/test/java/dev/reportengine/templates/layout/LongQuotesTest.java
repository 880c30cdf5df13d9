package dev.reportengine.templates.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.MediaBuilder;
import dev.reportengine.templates.general.GeneralReportTemplate;
import dev.reportengine.templates.hiring.HiringReportTemplate;
import dev.reportengine.templates.profile.ProfileAlignmentTemplate;
import dev.reportengine.templates.sales.SalesPlaybookTemplate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A huge utterance is quoted in a report only up to the cap, never whole. */
class LongQuotesTest {

  static Stream<ReportTemplate> templates() {
    return Stream.of(
        new GeneralReportTemplate(),
        new HiringReportTemplate(),
        new SalesPlaybookTemplate(),
        new ProfileAlignmentTemplate());
  }

  private static final String HUGE;

  static {
    StringBuilder b = new StringBuilder("I have worked with Kafka and our budget is fine ");
    while (b.length() < 200_000) {
      b.append("and we will send the pricing proposal next week to the team ");
    }
    HUGE = b.toString().strip();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void doesQuoteAtMostTheCapWhenAnUtteranceIsHuge(ReportTemplate template) {
    Media media =
        MediaBuilder.conversation()
            .entity("dana", "Dana")
            .entity("alex", "Alex")
            .says("dana", 0, 3, "What is your budget and when can we talk about Kafka?")
            .says("alex", 4, 600, HUGE)
            .says("dana", 601, 605, "Thanks, I will send the pricing proposal next week.")
            .build();
    Map<String, JsonValue> params =
        template instanceof ProfileAlignmentTemplate
            ? Map.of(
                "profile",
                JsonValue.array(
                    List.of(
                        JsonValue.JsonObject.builder()
                            .put("id", "kafka")
                            .put("label", "Kafka")
                            .put("keywords", JsonValue.array(List.of(JsonValue.of("kafka"))))
                            .build())))
            : Map.of();

    ReportContent content =
        template.build(new TemplateContext(media, media.entity("alex").orElseThrow(), params));

    List<String> texts =
        List.of(content.sections().toString(), content.summary(), content.raw().toString());
    String chunk = HUGE.substring(0, Excerpt.MAX_QUOTE_CHARS + 1);
    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(chunk));
    assertThat(String.join("\n", texts)).contains(HUGE.substring(0, 100));
  }
}
