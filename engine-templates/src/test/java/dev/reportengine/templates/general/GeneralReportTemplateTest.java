package dev.reportengine.templates.general;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent.Blocks;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonArray;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.templates.analysis.MediaBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
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
  void parameters_areThreeBoundedIntegersWithDefaults() {
    assertThat(template.id()).isEqualTo(Template.GENERAL_REPORT);
    assertThat(template.title()).isEqualTo("General report");
    assertThat(template.parameters().parameters())
        .extracting(
            p ->
                p.name()
                    + " "
                    + ((JsonNumber) p.defaultValue().orElseThrow()).value().toPlainString()
                    + " "
                    + p.min().orElseThrow()
                    + ".."
                    + p.max().orElseThrow())
        .containsExactly(
            "keyword_count 10 1..30", "quote_count 5 1..10", "question_count 10 1..50");
  }

  @Test
  void build_summarizesTheTargetsNumbersAndTopics() {
    assertThat(build(media, Map.of()).summary())
        .isEqualTo(
            "Maria Lopez spoke for 52 s (58% of all speech) in 3 turns and asked 3 questions."
                + " Main topics: pricing, dashboards, approvals.");
  }

  @Test
  void build_writesTheSectionsInOrder() {
    List<Section> sections = build(media, Map.of()).sections();

    assertThat(sections)
        .extracting(Section::title)
        .containsExactly(
            "At a glance", "Participants", "Keywords", "Questions asked", "Notable quotes");
    assertThat(sections.get(0).content())
        .isEqualTo(
            new Grid(
                3,
                List.of(
                    new Card("clock", "Talk time", "52 s"),
                    new Card("pie-chart", "Share of speech", "58%"),
                    new Card("gauge", "Words per minute", "43"),
                    new Card("repeat", "Turns", "3"),
                    new Card("help-circle", "Questions", "3"),
                    new Card("type", "Words", "37"))));
    assertThat(sections.get(1).content())
        .isEqualTo(
            new Grid(
                3,
                List.of(
                    new Card("user", "Maria Lopez", "52 s \u00b7 58%"),
                    new Card("user", "Tom Reed", "28 s \u00b7 31%"),
                    new Card("user", "Ann Park", "10 s \u00b7 11%"))));
    assertThat(((Text) sections.get(2).content()).content())
        .startsWith("pricing, dashboards, approvals, ");
    assertThat(sections.get(3).content())
        .isEqualTo(
            new Blocks(
                List.of(
                    Text.of("00:00", "How do you handle pricing approvals today?"),
                    Text.of(
                        "00:30", "Which dashboards does procurement use when they review pricing?"),
                    Text.of("01:10", "Could pricing approvals move into the dashboards?"))));
    assertThat(sections.get(4).content())
        .isEqualTo(
            new Blocks(
                List.of(
                    Text.of(
                        "00:30", "Which dashboards does procurement use when they review pricing?"),
                    Text.of(
                        "00:45",
                        "Our dashboards show pricing history and onboarding progress for every"
                            + " account."))));
  }

  @Test
  void build_reportsRoundedMetricsInDocumentedOrder() {
    Map<String, JsonValue> expected = new LinkedHashMap<>();
    expected.put("talk_time_seconds", num("52"));
    expected.put("talk_share", num("0.578"));
    expected.put("word_count", num("37"));
    expected.put("turn_count", num("3"));
    expected.put("words_per_minute", num("42.7"));
    expected.put("question_count", num("3"));
    expected.put("participant_count", num("3"));
    expected.put("duration_seconds", num("90"));

    assertThat(build(media, Map.of()).metrics()).containsExactlyEntriesOf(expected);
  }

  @Test
  void build_keepsEvidenceForEveryClaimInRaw() {
    JsonObject raw = build(media, Map.of()).raw();

    assertThat(raw.members().keySet())
        .containsExactly(
            "analysis_version",
            "target_entity_id",
            "participants",
            "keywords",
            "questions",
            "quotes");
    assertThat(raw.get("analysis_version")).contains(JsonValue.of("1"));
    JsonArray questions = (JsonArray) raw.get("questions").orElseThrow();
    assertThat(questions.elements().get(2))
        .isEqualTo(
            JsonObject.builder()
                .put("text", "Could pricing approvals move into the dashboards?")
                .put("start_seconds", num("70"))
                .put("end_seconds", num("80"))
                .put("entity_id", "m")
                .build());
    JsonArray keywords = (JsonArray) raw.get("keywords").orElseThrow();
    assertThat(keywords.elements()).hasSize(10);
    assertThat(keywords.elements().get(0))
        .isEqualTo(JsonObject.builder().put("term", "pricing").put("score", num("5.1507")).build());
  }

  @Test
  void build_honorsTheListingParameters() {
    ReportContent content =
        build(
            media,
            Map.of(
                "keyword_count", JsonValue.of(2),
                "quote_count", JsonValue.of(1),
                "question_count", JsonValue.of(2)));

    assertThat(((Text) content.sections().get(2).content()).content())
        .isEqualTo("pricing, dashboards");
    assertThat(((Blocks) content.sections().get(3).content()).blocks())
        .hasSize(3)
        .last()
        .isEqualTo(Text.of("Showing the first 2 of 3."));
    assertThat(((Blocks) content.sections().get(4).content()).blocks())
        .containsExactly(
            Text.of(
                "00:45",
                "Our dashboards show pricing history and onboarding progress for every account."));
    assertThat(content.metrics().get("question_count")).isEqualTo(num("3"));
  }

  @Test
  void build_usesTheRequestsEntityLabelForTheTarget() {
    ReportContent content =
        template.build(new TemplateContext(media, Entity.of("m", "The seller"), Map.of()));

    assertThat(content.summary()).startsWith("The seller spoke for 52 s");
    assertThat(((Grid) content.sections().get(1).content()).items().get(0).title())
        .isEqualTo("The seller");
  }

  @Test
  void build_isDeterministic() {
    assertThat(build(media, Map.of())).isEqualTo(build(media, Map.of()));
  }

  @Test
  void build_saysSoWhenTheTargetNeverSpoke() {
    ReportContent content =
        template.build(new TemplateContext(media, media.entity("a").orElseThrow(), Map.of()));
    Media silent =
        MediaBuilder.conversation()
            .entity("m", "Maria Lopez")
            .entity("t", "Tom Reed")
            .says("t", 0, 5, "Hello?")
            .build();

    ReportContent quiet = build(silent, Map.of());

    assertThat(content.summary()).startsWith("Ann Park spoke for 10 s");
    assertThat(quiet.summary())
        .isEqualTo("Maria Lopez did not speak in this conversation; 1 other participant did.");
    assertThat(quiet.sections())
        .extracting(Section::content)
        .contains(Text.of("No keywords."), Text.of("No questions."), Text.of("No quotes."));
    assertThat(quiet.metrics().get("words_per_minute")).isEqualTo(num("0"));
  }

  @Test
  void build_saysSoWhenTheTranscriptIsEmpty() {
    Media empty = MediaBuilder.conversation().entity("m", "Maria Lopez").build();

    ReportContent content = build(empty, Map.of());

    assertThat(content.summary())
        .isEqualTo(
            "The transcript contains no speech, so there is nothing to report about Maria Lopez.");
    assertThat(content.metrics().get("talk_share")).isEqualTo(num("0"));
    assertThat(content.metrics().get("duration_seconds")).isEqualTo(num("60"));
    assertThat(content.sections()).hasSize(5);
  }
}
