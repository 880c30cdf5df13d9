package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.media.testing.RepoFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Submit, await and read reports through the real engine, on our own examples, on the stand-ins we
 * wrote for shared transcripts we may not copy ({@code testdata/stand-ins}: a scripted complaint, a
 * Teams export) and on a real call copied into {@code testdata/transcripts}.
 */
class EndToEndTest {

  private static final ContractJson JSON = ContractJson.create();

  static Stream<Arguments> transcripts() {
    Path examples = RepoFiles.root().resolve("examples");
    return Stream.of(
        Arguments.of("own", examples, "discovery-call", TargetSpec.magicHint("Maria"), "maria"),
        Arguments.of(
            "own", examples, "hiring-interview.vtt", TargetSpec.entityId("alex-kim"), "alex-kim"),
        Arguments.of("own", examples, "team-standup", TargetSpec.dominant(), "lena"),
        Arguments.of(
            "stand-in",
            null,
            "webvtt_voicetags_named_toaster_complaint_5spk_en.vtt",
            TargetSpec.magicHint("shopkeeper"),
            "shopkeeper"),
        Arguments.of(
            "stand-in",
            null,
            "webvtt_teams_style_guid_voices_status_meeting_5spk_en.vtt",
            TargetSpec.dominant(),
            "a23845da-2d71-48f1-b1e9-1cf2279b027f-5e1c7a30-2b9d-4f6e-8a41-9c0d3b7e2f15"),
        Arguments.of(
            "copy",
            null,
            "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en.json",
            TargetSpec.magicHint("Tom"),
            "speaker-0"));
  }

  private static Path directory(String kind, Path examples, String file) {
    return switch (kind) {
      case "own" -> examples;
      case "stand-in" -> RepoFiles.standIn(file).getParent();
      default -> RepoFiles.transcript(file).getParent();
    };
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("transcripts")
  void producesAReportThatFollowsTheContract(
      String kind, Path examples, String mediaId, TargetSpec target, String entityId) {
    ManualExecutor executor = new ManualExecutor();
    try (ReportEngine engine =
        ReportEngine.builder()
            .executor(executor)
            .parallelism(1)
            .mediaSource(MediaSources.directory(directory(kind, examples, mediaId)))
            .build()) {
      JobHandle job = engine.submit(request(mediaId, target));

      assertThat(engine.reportByJob(job.jobId())).isEmpty();
      assertThat(engine.api().getReportByJob(job.jobId()).json()).isEqualTo("null");

      executor.runAll();
      Report report = job.await(Duration.ofSeconds(30));

      assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(report.entity().orElseThrow().id()).isEqualTo(entityId);
      assertThat(report.media().mediaId()).contains(mediaId);
      assertThat(report.sections().orElseThrow()).isNotEmpty();
      assertThat(report.metrics().orElseThrow()).containsKeys("talk_time_seconds", "talk_share");
      assertThat(report.markdown())
          .contains(MarkdownRenderer.create().render(report.withMarkdown("")));
      String json = engine.api().getReportByJob(job.jobId()).json();
      ContractSchemas.assertValid("report.schema.json", json);
      assertThat(JSON.readReport(json)).isEqualTo(report);
    }
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("transcripts")
  void givesTheSameJsonAndMarkdownForTheSameInputApartFromIdsAndTimes(
      String kind, Path examples, String mediaId, TargetSpec target, String entityId) {
    Report first = runOnce(directory(kind, examples, mediaId), mediaId, target);
    Report second = runOnce(directory(kind, examples, mediaId), mediaId, target);

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(JSON.writeReport(normalized(second))).isEqualTo(JSON.writeReport(normalized(first)));
    assertThat(markdownWithoutTime(second)).isEqualTo(markdownWithoutTime(first));
  }

  private static CreateReportJobRequest request(String mediaId, TargetSpec target) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, target);
  }

  private static Report runOnce(Path dir, String mediaId, TargetSpec target) {
    try (ReportEngine engine =
        ReportEngine.builder().mediaSource(MediaSources.directory(dir)).build()) {
      return engine.submit(request(mediaId, target)).await(Duration.ofSeconds(60));
    }
  }

  private static String markdownWithoutTime(Report report) {
    return report.markdown().orElseThrow().replace(report.createdAt().toString(), "<created>");
  }

  /** The report with its ids, creation time and measured stage timings blanked. */
  private static Report normalized(Report r) {
    JsonValue.JsonObject raw = (JsonValue.JsonObject) r.raw().orElseThrow();
    Map<String, JsonValue> members = new LinkedHashMap<>(raw.members());
    JsonValue timings = members.remove("stage_timings_ms");
    assertThat(((JsonValue.JsonObject) timings).members().keySet())
        .containsExactly(
            "load_media", "resolve_target", "build_report", "render_markdown", "render_pdf");
    return r.toBuilder()
        .id("rep")
        .createdAt(Instant.EPOCH)
        .jobId("job")
        .markdown(markdownWithoutTime(r))
        .raw(JsonValue.object(members))
        .build();
  }
}
