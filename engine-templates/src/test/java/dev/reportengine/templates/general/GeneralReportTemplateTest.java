package dev.reportengine.templates.general;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent.Blocks;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneralReportTemplateTest {

  private final GeneralReportTemplate template = new GeneralReportTemplate();

  private final Media media =
      MediaBuilder.conversation()
          .entity("m", "Maria Lopez")
          .entity("t", "Tom Reed")
          .entity("a", "Ann Park")
          .says("m", 0, 12, "Thanks for joining. How do you handle pricing approvals today?")
          .says(
              "t",
              12,
              30,
              "Mostly by email. Procurement reviews every pricing change, which slows onboarding.")
          .says("m", 30, 45, "Which dashboards does procurement use when they review pricing?")
          .says(
              "m",
              45,
              60,
              "Our dashboards show pricing history and onboarding progress for every account.")
          .says("a", 60, 70, "We export spreadsheets.")
          .says("m", 70, 80, "Could pricing approvals move into the dashboards?")
          .says("t", 80, 90, "Maybe.")
          .build();

  private ReportContent build(Media media, Map<String, JsonValue> params) {
    return template.build(new TemplateContext(media, media.entities().get(0), params));
  }

  private static JsonNumber num(String value) {
    return new JsonNumber(new BigDecimal(value));
  }

  @Test
  void parametersAreThreeBoundedIntegersWithDefaults() {
    assertThat(template.id()).isEqualTo(Template.GENERAL_REPORT);
    assertThat(template.parameters().parameters())
        .extracting(p -> p.name())
        .containsExactly("keyword_count", "quote_count", "question_count");
  }

  @Test
  void buildSummarizesTheTargetsNumbers() {
    assertThat(build(media, Map.of()).summary())
        .startsWith(
            "Maria Lopez spoke for 52 s (58% of all speech) in 3 turns and asked 3 questions; the"
                + " call has 0 decisions, 0 risks and 0 next steps.");
  }

  @Test
  void buildLeadsTheSummaryWithTheFirstRiskAndNextStepAndListsEveryClaimInRaw() {
    Media call =
        MediaBuilder.conversation()
            .entity("m", "Maria Lopez")
            .entity("s", "Sam Patel")
            .says("s", 0, 6, "Our contract with Datavault ends on June 30.")
            .says("m", 7, 12, "I'll send the proposal by Thursday.")
            .build();
    ReportContent content =
        template.build(new TemplateContext(call, call.entities().get(0), Map.of()));

    assertThat(content.summary())
        .startsWith(
            "Risk \"Our contract with Datavault ends on June 30.\"; next step \"I'll send the"
                + " proposal by Thursday.\" (Maria Lopez, due by Thursday). Maria Lopez spoke for 5 s"
                + " (46% of all speech) in 1 turn and asked 0 questions; the call has 0 decisions, 1"
                + " risk and 1 next step.");
    JsonValue.JsonArray claims = (JsonValue.JsonArray) content.raw().get("claims").orElseThrow();
    assertThat(claims.elements())
        .extracting(c -> ((JsonValue.JsonObject) c).get("rule").orElseThrow())
        .containsExactly(
            JsonValue.of("risk.ending_on_date"), JsonValue.of("action_item.first_person"));
  }

  @Test
  void buildWritesTheSectionsInOrder() {
    assertThat(build(media, Map.of()).sections())
        .extracting(Section::title)
        .containsExactly(
            "Overview",
            "At a glance",
            "Participants",
            "Chapters",
            "Summary sentences",
            "Decisions",
            "Action items",
            "Open questions",
            "Risks",
            "Keywords",
            "Questions asked",
            "Speaker statistics");
  }

  @Test
  void buildReportsTheMandatoryMetricsFirstAndRounded() {
    Map<String, JsonValue> metrics = build(media, Map.of()).metrics();

    assertThat(metrics.keySet())
        .startsWith("talk_time_seconds", "talk_share", "call_share", "word_count", "turn_count");
    assertThat(metrics.get("talk_time_seconds")).isEqualTo(num("52"));
    assertThat(metrics.get("talk_share")).isEqualTo(num("0.578"));
    assertThat(metrics.get("question_count")).isEqualTo(num("3"));
    assertThat(metrics.get("longest_monologue_seconds")).isEqualTo(num("30"));
  }

  @Test
  void buildCitesEveryQuestionWithItsTime() {
    Blocks questions = (Blocks) build(media, Map.of()).sections().get(10).content();

    assertThat(questions.blocks())
        .extracting(b -> ((Text) b).title().orElseThrow())
        .containsExactly("00:00 · Maria Lopez", "00:30 · Maria Lopez", "01:10 · Maria Lopez");
  }

  @Test
  void buildHonorsTheListingParameters() {
    ReportContent content =
        build(media, Map.of("question_count", JsonValue.of(1), "keyword_count", JsonValue.of(2)));

    assertThat(((Text) content.sections().get(9).content()).content())
        .isEqualTo("pricing, dashboards");
    assertThat(((Blocks) content.sections().get(10).content()).blocks()).hasSize(2);
  }

  @Test
  void buildUsesTheRequestsEntityLabelForTheTarget() {
    Entity relabeled = Entity.of("m", "The seller");
    ReportContent content = template.build(new TemplateContext(media, relabeled, Map.of()));

    assertThat(content.summary()).contains("The seller spoke for 52 s");
    assertThat(((Grid) content.sections().get(2).content()).items().get(0).title())
        .isEqualTo("The seller");
  }

  @Test
  void buildIsDeterministic() {
    assertThat(build(media, Map.of())).isEqualTo(build(media, Map.of()));
  }

  @Test
  void buildSaysSoWhenTheTargetNeverSpoke() {
    Media quiet =
        MediaBuilder.conversation()
            .entity("x", "Xu")
            .entity("a", "Ann")
            .says("a", 0, 10, "Hello there.")
            .build();
    ReportContent content = build(quiet, Map.of());

    assertThat(content.summary())
        .isEqualTo("Xu did not speak in this conversation; 1 other participant did.");
    assertThat(content.metrics().get("words_per_minute")).isEqualTo(num("0"));
  }

  @Test
  void buildSaysSoWhenTheTranscriptIsEmpty() {
    Media empty = MediaBuilder.conversation().entity("x", "Xu").build();
    ReportContent content = build(empty, Map.of());

    assertThat(content.summary()).startsWith("The transcript contains no speech");
    assertThat(content.metrics().get("talk_share")).isEqualTo(num("0"));
    assertThat(content.sections().get(3).content()).isEqualTo(Text.of("No chapters."));
  }
}
