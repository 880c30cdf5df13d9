package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.testing.RepoFiles;
import dev.reportengine.templates.general.GeneralReportTemplate;
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
 * mandatory metrics are there, numbers in the Markdown match the metrics, output is deterministic,
 * and a Russian transcript gets a valid report naming the unavailable metrics.
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

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (ReportTemplate t : List.of(new GeneralReportTemplate(), new SalesPlaybookTemplate())) {
      out.add(Arguments.of(t, "examples", "discovery-call", "maria"));
      out.add(Arguments.of(t, "examples", "hiring-interview.vtt", "alex-kim"));
      out.add(Arguments.of(t, "examples", "team-standup", "lena"));
      out.add(
          Arguments.of(
              t,
              "shared",
              "webvtt_voicetags_named_parrot_sketch_complaint_5spk_en.vtt",
              "shopkeeper"));
      out.add(
          Arguments.of(
              t,
              "shared",
              "webvtt_teams_stream_voicetags_guid_5spk_26min_en.vtt",
              "89cd42c2-0966-4a13-ab14-225b8207f6b7-72f988bf-86f1-41af-91ab-2d7cd011db47"));
    }
    return out.stream();
  }

  private static Media load(String where, String file) {
    Path dir =
        where.equals("examples")
            ? RepoFiles.root().resolve("examples")
            : RepoFiles.sharedTranscript(file).getParent();
    return MediaSources.directory(dir).load(new MediaQuery(file)).orElseThrow();
  }

  private static ReportContent build(ReportTemplate t, Media media, String target) {
    return t.build(new TemplateContext(media, media.entity(target).orElseThrow(), Map.of()));
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("cases")
  void doesQuoteTheTranscriptVerbatimAtTheCitedTimeWhenBuildingFromRealTranscripts(
      ReportTemplate t, String where, String file, String target) {
    Media media = load(where, file);
    List<Block.Text> cited = cited(build(t, media, target).sections());

    assertThat(cited).isNotEmpty();
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
  void doesShowTheMetricsNumbersInTheMarkdownWhenRendered(
      ReportTemplate t, String where, String file, String target) {
    ReportContent content = build(t, load(where, file), target);
    String md = markdown(t, content);
    BigDecimalText share = new BigDecimalText(content.metrics().get("talk_share"));

    assertThat(md).contains(share.percent());
    assertThat(md).contains(number(content.metrics().get("question_count")));
  }

  @Test
  void doesNameTheUnavailableMetricsWhenTheTranscriptIsRussian() throws IOException {
    Media media =
        srt(
            RepoFiles.sharedTranscript(
                "srt_whisper_russian_internal_pitch_meeting_no_speakers_37min_ru.srt"));

    for (ReportTemplate t : List.of(new GeneralReportTemplate(), new SalesPlaybookTemplate())) {
      ReportContent content = build(t, media, "speaker");
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

  /** A test-fixture reader for SRT cues without speakers: one entity, language from the name. */
  private static Media srt(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
    List<Utterance> utterances = new ArrayList<>();
    Pattern time = Pattern.compile("(\\d+):(\\d+):(\\d+),(\\d+) --> (\\d+):(\\d+):(\\d+),(\\d+)");
    double end = 0;
    for (String cue : text.split("\n\n+")) {
      String[] lines = cue.strip().split("\n");
      if (lines.length < 3) {
        continue;
      }
      Matcher m = time.matcher(lines[1]);
      if (!m.find()) {
        continue;
      }
      double s = seconds(m, 1);
      double e = seconds(m, 5);
      utterances.add(
          Utterance.of("speaker", s, e, String.join(" ", List.of(lines).subList(2, lines.length))));
      end = Math.max(end, e);
    }
    return new Media(
        "ru-meeting",
        end,
        Optional.empty(),
        Optional.of("ru"),
        List.of(new Entity("speaker", Optional.empty(), Map.of())),
        utterances,
        List.of());
  }

  private static double seconds(Matcher m, int g) {
    return Integer.parseInt(m.group(g)) * 3600
        + Integer.parseInt(m.group(g + 1)) * 60
        + Integer.parseInt(m.group(g + 2))
        + Integer.parseInt(m.group(g + 3)) / 1000.0;
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
    return media.utterances().stream()
        .anyMatch(
            u ->
                (long) Math.floor(u.startSeconds()) == at
                    && u.text().strip().replaceAll("\\s+", " ").contains(block.content()));
  }

  private static String markdown(ReportTemplate t, ReportContent content) {
    Report report =
        new Report(
            "rep_t",
            ReportFixtures.CREATED,
            Optional.empty(),
            Optional.of(t.title()),
            Optional.of(content.summary()),
            new ReportMedia(Optional.empty(), Optional.of("m")),
            t.id(),
            Optional.of(new ReportEntity("e", Optional.empty())),
            Optional.empty(),
            Optional.of(content.sections()),
            Optional.of(content.metrics()),
            Optional.of(content.raw()),
            Optional.empty(),
            Optional.empty());
    return MarkdownRenderer.create().render(report);
  }

  private static String number(JsonValue v) {
    return ((JsonValue.JsonNumber) v).value().toPlainString();
  }

  /** A share metric as the percentage the templates print. */
  private record BigDecimalText(JsonValue value) {
    String percent() {
      return dev.reportengine.templates.analysis.Decimals.percent(
          ((JsonValue.JsonNumber) value).value().doubleValue());
    }
  }
}
