package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.media.testing.RepoFiles;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import dev.reportengine.templates.general.GeneralReportTemplate;
import dev.reportengine.templates.hiring.HiringReportTemplate;
import dev.reportengine.templates.profile.ProfileAlignmentTemplate;
import dev.reportengine.templates.sales.SalesPlaybookTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in template on real transcripts: quotes are verbatim at their cited time, the
 * mandatory metrics are there, every number of the "At a glance" cards equals its metric and
 * appears in the Markdown, output is deterministic and matches the golden Markdown files, and a
 * Russian transcript gets a valid report naming the unavailable metrics.
 *
 * <p>Regenerate the golden files with {@code -Dreportengine.golden.update=true} (off by default),
 * then read the diff: see {@code src/test/resources/golden/README.md}.
 */
class TemplateReportsTest {

  static final List<String> MANDATORY =
      List.of(
          "talk_time_seconds",
          "talk_share",
          "word_count",
          "turn_count",
          "words_per_minute",
          "question_count",
          "longest_monologue_seconds");

  private static final Pattern CITED = Pattern.compile("^(?:(\\d+):)?(\\d{2}):(\\d{2}) · ");

  /** The profile every profile_alignment case uses; see the golden README. */
  static final String PROFILE =
      """
      {"profile": [
        {"id": "customers", "label": "Customer focus", "type": "behavior",
         "keywords": ["customer", "customers", "client", "service", "complaint"], "weight": 2},
        {"id": "data", "label": "Working with data", "type": "skill",
         "keywords": ["data", "model", "analysis", "metrics", "database"], "weight": 3},
        {"id": "planning", "label": "Planning", "type": "behavior",
         "keywords": ["plan", "schedule", "deadline", "timeline", "next week"], "weight": 1},
        {"id": "frontend", "label": "Frontend development", "type": "skill",
         "keywords": ["React", "CSS", "frontend"], "weight": 1},
        {"id": "composure", "label": "Composure", "type": "trait",
         "keywords": ["calm", "pressure", "patience"], "anti_keywords": ["angry", "furious"],
         "weight": 1}
      ]}
      """;

  static final List<ReportTemplate> TEMPLATES =
      List.of(
          new GeneralReportTemplate(),
          new SalesPlaybookTemplate(),
          new HiringReportTemplate(),
          new ProfileAlignmentTemplate());

  static Map<String, JsonValue> params(ReportTemplate t) {
    if (t.id() != dev.reportengine.api.Template.PROFILE_ALIGNMENT) {
      return Map.of();
    }
    JsonValue.JsonObject o = (JsonValue.JsonObject) ContractJson.create().readValue(PROFILE);
    return o.members();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (ReportTemplate t : TEMPLATES) {
      out.add(Arguments.of(t, "examples", "discovery-call", "maria"));
      out.add(Arguments.of(t, "examples", "hiring-interview.vtt", "alex-kim"));
      out.add(Arguments.of(t, "examples", "team-standup", "lena"));
      out.add(Arguments.of(t, STAND_IN, COMPLAINT, "shopkeeper"));
      out.add(Arguments.of(t, STAND_IN, TEAMS, TEAMS_SPEAKER));
      out.add(Arguments.of(t, STAND_IN, AWS_INTERVIEW, "speaker-1"));
      out.add(Arguments.of(t, COPY, CUSTOMER_CALL, "speaker-0"));
    }
    return out.stream();
  }

  /** Where a case's transcript is: {@code testdata/stand-ins} (written by us). */
  static final String STAND_IN = "stand-in";

  /** Where a case's transcript is: {@code testdata/transcripts} (copied, licences permitting). */
  static final String COPY = "copy";

  static final String COMPLAINT = "webvtt_voicetags_named_toaster_complaint_5spk_en.vtt";
  static final String TEAMS = "webvtt_teams_style_guid_voices_status_meeting_5spk_en.vtt";
  static final String TEAMS_SPEAKER =
      "a23845da-2d71-48f1-b1e9-1cf2279b027f-5e1c7a30-2b9d-4f6e-8a41-9c0d3b7e2f15";
  static final String AWS_INTERVIEW =
      "aws_transcribe_speaker_labels_job_interview_2spk_4min_en.json";
  static final String CUSTOMER_CALL =
      "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en.json";

  /**
   * The golden cases: each template on the interview example, on the stand-ins for a scripted
   * complaint and a Teams meeting, and on the real customer call; the hiring report on the AWS
   * Transcribe interview stand-in.
   */
  static Stream<Arguments> goldenCases() {
    List<Arguments> out = new ArrayList<>();
    for (ReportTemplate t : TEMPLATES) {
      out.add(Arguments.of(t, "examples", "hiring-interview.vtt", "alex-kim", "hiring-interview"));
      out.add(Arguments.of(t, STAND_IN, COMPLAINT, "shopkeeper", "toaster-complaint"));
      out.add(Arguments.of(t, STAND_IN, TEAMS, TEAMS_SPEAKER, "teams-status-meeting"));
      out.add(Arguments.of(t, COPY, CUSTOMER_CALL, "speaker-0", "customer-call"));
    }
    out.add(
        Arguments.of(
            new HiringReportTemplate(), STAND_IN, AWS_INTERVIEW, "speaker-1", "aws-job-interview"));
    return out.stream();
  }

  static Media load(String where, String file) {
    Path dir =
        switch (where) {
          case "examples" -> RepoFiles.root().resolve("examples");
          case STAND_IN -> RepoFiles.standIn(file).getParent();
          case COPY -> RepoFiles.transcript(file).getParent();
          default -> throw new IllegalArgumentException("unknown place " + where);
        };
    return MediaSources.directory(dir).load(new MediaQuery(file)).orElseThrow();
  }

  static ReportContent build(ReportTemplate t, Media media, String target) {
    return t.build(new TemplateContext(media, media.entity(target).orElseThrow(), params(t)));
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void doesQuoteTheTranscriptVerbatimAtTheCitedTimeWhenBuildingFromRealTranscripts(
      ReportTemplate t, String where, String file, String target) {
    Media media = load(where, file);
    ReportContent content = build(t, media, target);
    List<Block.Text> cited = cited(content.sections());

    if (!JsonValue.of(0).equals(content.metrics().get("profile_observed_count"))) {
      assertThat(cited).isNotEmpty();
    }
    assertThat(cited).allSatisfy(b -> assertThat(appearsAt(media, b)).as(b.toString()).isTrue());
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void doesReportEveryMandatoryMetricWhenBuildingFromRealTranscripts(
      ReportTemplate t, String where, String file, String target) {
    ReportContent content = build(t, load(where, file), target);

    assertThat(content.metrics()).containsKeys(MANDATORY.toArray(String[]::new));
    assertThat(content.metrics().keySet()).allMatch(k -> k.matches("[a-z][a-z0-9_]*"));
    assertThat(content.summary().split("(?<=[.!?]) ")).hasSizeBetween(1, 3);
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void doesProduceEqualContentAndMarkdownWhenBuiltTwice(
      ReportTemplate t, String where, String file, String target) {
    Media media = load(where, file);

    assertThat(markdown(t, build(t, media, target)))
        .isEqualTo(markdown(t, build(t, media, target)));
    assertThat(build(t, media, target)).isEqualTo(build(t, media, target));
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void doesShowEveryGlanceCardAsItsMetricInTheMarkdownWhenRendered(
      ReportTemplate t, String where, String file, String target) {
    ReportContent content = build(t, load(where, file), target);
    String md = markdown(t, content);
    List<Block.Card> cards = glance(content.sections());

    assertThat(cards).isNotEmpty();
    for (Block.Card card : cards) {
      String expected = GlanceMetrics.expected(card.title(), content.metrics());
      assertThat(card.content())
          .as(card.title())
          .satisfiesAnyOf(
              c -> assertThat(c).isEqualTo(expected),
              c -> assertThat(c).startsWith(expected + " "));
      assertThat(md).contains("- **" + card.title() + ":** " + mdEscaped(card.content()));
    }
    assertThat(md).contains(Decimals.percent(number(content.metrics().get("talk_share"))));
  }

  @ParameterizedTest(name = "{0} on {4}")
  @MethodSource("goldenCases")
  void doesRenderTheGoldenMarkdownWhenBuiltFromRealTranscripts(
      ReportTemplate t, String where, String file, String target, String name) throws IOException {
    String md = markdown(t, build(t, load(where, file), target));
    Path golden =
        RepoFiles.root()
            .resolve("engine-core/src/test/resources/golden")
            .resolve(t.id().wireName())
            .resolve(name + ".md");

    if (Boolean.getBoolean("reportengine.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, md, StandardCharsets.UTF_8);
    }
    assertThat(md).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void doesGiveNoVerdictAndNeverScoreFillersWhenTheReportIsAHiringReport() {
    Media media = load("examples", "hiring-interview.vtt");
    ReportContent content = build(new HiringReportTemplate(), media, "alex-kim");
    String md = markdown(new HiringReportTemplate(), content).toLowerCase(java.util.Locale.ROOT);

    assertThat(content.metrics()).doesNotContainKey("filler_rate");
    assertThat(md).doesNotContain("recommend hiring", "verdict:", "filler rate", "fillers per");
    assertThat(content.sections()).extracting(Section::title).startsWith("About this report");
  }

  @Test
  void doesNameTheUnavailableMetricsWhenTheTranscriptIsRussian() throws IOException {
    // SRT gives no language: the Cyrillic text alone must make the lexicon metrics unavailable.
    Media media =
        MediaSources.read(RepoFiles.standIn("srt_no_speakers_internal_planning_meeting_ru.srt"));
    assertThat(media.language()).isEmpty();

    for (ReportTemplate t : TEMPLATES) {
      ReportContent content = build(t, media, "unknown");
      assertThat(content.metrics()).containsKeys(MANDATORY.toArray(String[]::new));
      assertThat(content.metrics().get("unavailable_metrics"))
          .isEqualTo(
              JsonValue.of(
                  String.join(
                      ",",
                      dev.reportengine.templates.analysis.ConversationAnalysis.LANGUAGE_METRICS)));
      assertThat(content.metrics()).doesNotContainKey("filler_rate");
      assertThat(content.sections())
          .extracting(Section::title)
          .contains("Not available for this language");
      assertThat(markdown(t, content)).contains("Not available for this language", "hedging");
      assertThat(cited(content.sections()))
          .allSatisfy(b -> assertThat(appearsAt(media, b)).isTrue());
    }
  }

  static List<Block.Text> cited(List<Section> sections) {
    List<Block.Text> out = new ArrayList<>();
    for (Section s : sections) {
      List<Block> blocks =
          s.content() instanceof SectionContent.Blocks b
              ? b.blocks()
              : s.content() instanceof Block block ? List.of(block) : List.of();
      for (Block b : blocks) {
        if (b instanceof Block.Text text
            && text.title().isPresent()
            && CITED.matcher(text.title().get()).find()) {
          out.add(text);
        }
      }
    }
    return out;
  }

  static boolean appearsAt(Media media, Block.Text block) {
    Matcher m = CITED.matcher(block.title().orElseThrow());
    m.find();
    long at =
        (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600)
            + Long.parseLong(m.group(2)) * 60
            + Long.parseLong(m.group(3));
    // A quote longer than the cap is its first words followed by " …".
    String quoted =
        block.content().endsWith(" \u2026")
            ? block.content().substring(0, block.content().length() - 2)
            : block.content();
    return media.utterances().stream()
        .anyMatch(
            u ->
                (long) Math.floor(u.startSeconds()) == at
                    && u.text().strip().replaceAll("\\s+", " ").contains(quoted));
  }

  private static String markdown(ReportTemplate t, ReportContent content) {
    Report report =
        Report.builder()
            .id("rep_t")
            .createdAt(ReportFixtures.CREATED)
            .label(t.title())
            .summary(content.summary())
            .media(new ReportMedia(Optional.empty(), Optional.of("m")))
            .template(t.id())
            .entity(new ReportEntity("e", Optional.empty()))
            .sections(content.sections())
            .metrics(content.metrics())
            .raw(content.raw())
            .build();
    return MarkdownRenderer.create().render(report);
  }

  private static double number(JsonValue v) {
    return ((JsonValue.JsonNumber) v).value().doubleValue();
  }

  /** The cards of the "At a glance" section. */
  static List<Block.Card> glance(List<Section> sections) {
    Section s =
        sections.stream()
            .filter(x -> x.title().equals("At a glance"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no At a glance section"));
    return ((Block.Grid) s.content()).items();
  }

  /** A card's text as the Markdown renderer escapes it: a leading "23." would start a list. */
  private static String mdEscaped(String text) {
    return text.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
  }

  /** How each "At a glance" card title prints its metric; every card must be listed here. */
  static final class GlanceMetrics {
    private GlanceMetrics() {}

    static String expected(String title, Map<String, JsonValue> m) {
      return switch (title) {
        case "Talk time" -> duration(m, "talk_time_seconds");
        case "Share of speech", "Talk share" -> Decimals.percent(value(m, "talk_share"));
        case "Words per minute" -> plain(m, "words_per_minute");
        case "Turns" -> plain(m, "turn_count");
        case "Questions", "Candidate's questions" -> plain(m, "question_count");
        case "Longest monologue" -> duration(m, "longest_monologue_seconds");
        case "Call length" -> duration(m, "duration_seconds");
        case "Participants" -> plain(m, "participant_count");
        case "Chapters" -> plain(m, "chapter_count");
        case "Longest customer story" -> duration(m, "longest_story_by_others_seconds");
        case "Patience" -> plain(m, "patience_seconds");
        case "Interactivity" -> plain(m, "interactivity_switches_per_minute");
        case "Filler words (shown, not scored)" -> plain(m, "filler_rate");
        case "Answers" -> plain(m, "answer_count");
        case "Mean answer length" -> duration(m, "answer_mean_seconds");
        case "Competencies observed" ->
            plain(m, "competencies_observed") + " of " + plain(m, "competency_count");
        case "STAR-complete answers" ->
            plain(m, "star_complete_answer_count")
                + " of "
                + plain(m, "star_assessed_answer_count");
        case "Profile items" -> plain(m, "profile_item_count");
        case "Items observed" ->
            plain(m, "profile_observed_count") + " of " + plain(m, "profile_item_count");
        case "Coverage" -> Decimals.percent(value(m, "profile_coverage"));
        case "Weighted alignment" -> Decimals.percent(value(m, "profile_alignment"));
        case "First-person claims" -> plain(m, "claim_count");
        default -> throw new AssertionError("card [" + title + "] has no metric mapping");
      };
    }

    private static double value(Map<String, JsonValue> m, String key) {
      return ((JsonValue.JsonNumber) m.get(key)).value().doubleValue();
    }

    private static String plain(Map<String, JsonValue> m, String key) {
      return ((JsonValue.JsonNumber) m.get(key)).value().toPlainString();
    }

    private static String duration(Map<String, JsonValue> m, String key) {
      return Durations.spoken(value(m, key));
    }
  }
}
