package dev.reportengine.templates.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileAlignmentTemplateTest {

  private final Media media =
      MediaBuilder.conversation()
          .entity("dana", "Dana")
          .entity("alex", "Alex")
          .says("dana", 0, 3, "Tell me about your work with data pipelines.")
          .says(
              "alex",
              4,
              20,
              "I've worked with Kafka for about four years. I ran the streaming platform at"
                  + " Fernway. I also led a team of five engineers there.")
          .build();

  private static JsonValue item(String id, String keyword, double weight) {
    return JsonValue.JsonObject.builder()
        .put("id", id)
        .put("label", id)
        .put("keywords", JsonValue.array(List.of(JsonValue.of(keyword))))
        .put("weight", weight)
        .build();
  }

  private ReportContent build(JsonValue... items) {
    return new ProfileAlignmentTemplate()
        .build(
            new TemplateContext(
                media,
                media.entity("alex").orElseThrow(),
                Map.of("profile", JsonValue.array(List.of(items)))));
  }

  @Test
  void doesLeaveAWeightZeroItemOutOfTheAlignmentWhenOthersWeigh() {
    ReportContent zero = build(item("kafka", "kafka", 0), item("lead", "team", 1));
    ReportContent leadOnly = build(item("lead", "team", 1));

    assertThat(zero.metrics().get("profile_alignment"))
        .isEqualTo(leadOnly.metrics().get("profile_alignment"));
    assertThat(zero.metrics().get("profile_observed_count")).isEqualTo(JsonValue.of(2));
  }

  @Test
  void doesComputeNoAlignmentAndSayWhyWhenEveryObservedItemWeighsZero() {
    ReportContent content = build(item("kafka", "kafka", 0), item("lead", "team", 0));

    assertThat(content.metrics()).doesNotContainKey("profile_alignment");
    assertThat(content.metrics().get("profile_coverage")).isEqualTo(JsonValue.of(1));
    assertThat(content.summary())
        .contains("gave evidence for 2 of 2 profile items (100% coverage)")
        .contains("every observed item has weight 0, so no weighted alignment is computed");
  }
}
