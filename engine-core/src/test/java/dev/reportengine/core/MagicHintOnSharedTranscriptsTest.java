package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.media.testing.RepoFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code magic_hint} through the engine on transcripts imported from {@code testdata/transcripts}
 * (copies of shared transcripts): a miss fails with {@code target_not_found} naming the candidates
 * the cascade weighed, and a match puts its evidence (quote and time) into the report's {@code
 * raw.target}.
 */
class MagicHintOnSharedTranscriptsTest {

  private static final String AMI =
      "qmsum_ami_ES2004c_product_design_meeting_4spk_no_timestamps_en";
  private static final String DEEPGRAM =
      "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en";

  private final ManualExecutor executor = new ManualExecutor();
  private final AtomicInteger ids = new AtomicInteger();
  private ReportEngine engine;

  private ReportEngine engine() {
    RepoFiles.transcript(DEEPGRAM + ".json");
    Path transcripts = RepoFiles.transcript(AMI + ".json").getParent();
    engine =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .parallelism(1)
            .clock(new MutableClock(Instant.parse("2026-01-02T03:04:05Z")))
            .ids(() -> String.valueOf(ids.incrementAndGet()))
            .mediaSource(MediaSources.directory(transcripts))
            .build();
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close(Duration.ZERO);
    }
  }

  private JobHandle run(String media, TargetSpec target) {
    JobHandle job =
        engine().submit(CreateReportJobRequest.of(media, Template.GENERAL_REPORT, target));
    executor.runAll();
    return job;
  }

  @Test
  void failsWithTargetNotFoundListingTheCandidatesConsideredOnAnImportedMeeting() {
    JobHandle job = run(AMI, TargetSpec.magicHint("the questioner"));

    assertThatThrownBy(() -> job.await(Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> {
              assertThat(e.error().code()).isEqualTo(ErrorCode.TARGET_NOT_FOUND);
              assertThat(e.error().message())
                  .startsWith(
                      "target magic_hint found nobody: no rule found a clear match for the hint"
                          + " [the questioner] (role: best 0.48, below 0.50); candidates considered:"
                          + " Marketing [marketing] 0.48 (role_behaviour), Project Manager"
                          + " [project-manager] 0.33 (role_behaviour)")
                  .contains("entities: Project Manager [project-manager], Marketing [marketing]");
            });
  }

  @Test
  void findsTheChairOfAnImportedMeetingAsWhoeverOpensAndSteersIt() {
    JobHandle job = run(AMI, TargetSpec.magicHint("the chair"));

    JsonValue.JsonObject target = rawTarget(job.await(Duration.ofSeconds(1)));
    assertThat(target.get("entity_id")).contains(JsonValue.of("project-manager"));
    assertThat(target.get("rule")).contains(JsonValue.of("role_behaviour"));
  }

  @Test
  void recordsTheMissCandidatesOfAnImportedMeetingWhenFallingBack() {
    JobHandle job =
        run(AMI, TargetSpec.magicHint("the questioner").withOnMiss(OnMiss.FALLBACK_DOMINANT));

    JsonValue.JsonObject target = rawTarget(job.await(Duration.ofSeconds(1)));
    assertThat(target.get("fallback")).contains(JsonValue.of("dominant"));
    assertThat(target.get("entity_id")).contains(JsonValue.of("industrial-designer"));
    List<JsonValue> missed =
        ((JsonValue.JsonArray) target.get("miss_candidates").orElseThrow()).elements();
    assertThat(missed).hasSize(4);
    assertThat(((JsonValue.JsonObject) missed.get(0)).get("entity_id"))
        .contains(JsonValue.of("marketing"));
  }

  @Test
  void writesTheEvidenceQuoteAndTimeIntoRawTargetOnAnImportedCall() {
    JobHandle job = run(DEEPGRAM, TargetSpec.magicHint("Tom"));

    Report report = job.await(Duration.ofSeconds(1));
    assertThat(report.entity().orElseThrow().id()).isEqualTo("speaker-0");
    JsonValue.JsonObject target = rawTarget(report);
    assertThat(target.get("rule")).contains(JsonValue.of("self_introduction"));
    JsonValue.JsonObject evidence =
        (JsonValue.JsonObject)
            ((JsonValue.JsonArray) target.get("evidence").orElseThrow()).elements().get(0);
    assertThat(evidence.get("quote").orElseThrow().toString()).contains("My name is Tom");
    assertThat(evidence.get("at_seconds")).contains(JsonValue.of(5.6));
  }

  private static JsonValue.JsonObject rawTarget(Report report) {
    return (JsonValue.JsonObject)
        ((JsonValue.JsonObject) report.raw().orElseThrow()).get("target").orElseThrow();
  }
}
