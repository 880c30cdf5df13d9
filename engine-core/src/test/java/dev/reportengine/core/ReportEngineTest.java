package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private ReportEngine engine;

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .executor(executor)
        .eventExecutor(Runnable::run)
        .parallelism(1)
        .clock(clock)
        .ids(() -> String.valueOf(ids.incrementAndGet()))
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())));
  }

  private ReportEngine engine() {
    engine = builder().build();
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close(Duration.ZERO);
    }
  }

  private static CreateReportJobRequest request(TargetSpec target) {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, target);
  }

  @Nested
  class Submit {

    @Test
    void queuesAJobAndRunsItOnTheExecutor() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));

      assertThat(job.jobId()).isEqualTo("job_1");
      assertThat(job.snapshot().status()).isEqualTo(JobStatus.QUEUED);
      assertThat(engine.reportByJob(job.jobId())).isEmpty();
      assertThat(executor.pending()).isEqualTo(1);

      executor.runAll();

      Report report = job.await(Duration.ofSeconds(1));
      assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(job.snapshot().progress()).isEqualTo(1.0);
      assertThat(job.snapshot().reportId()).contains(report.id());
      assertThat(report.id()).isEqualTo("rep_1");
      assertThat(report.jobId()).contains("job_1");
      assertThat(report.createdAt()).isEqualTo(clock.instant());
      assertThat(report.entity().orElseThrow().id()).isEqualTo("maria");
      assertThat(report.label()).contains("General report: María López");
      assertThat(report.markdown()).isPresent();
      assertThat(engine.reportByJob("job_1")).contains(report);
      assertThat(engine.report(report.id())).contains(report);
    }

    @Test
    void rejectsAnInvalidRequestWithEveryViolationAndQueuesNothing() {
      CreateReportJobRequest bad =
          request(
                  new TargetSpec(
                      dev.reportengine.api.TargetStrategy.MAGIC_HINT,
                      OnMiss.ERROR,
                      java.util.Optional.empty(),
                      java.util.Optional.empty(),
                      java.util.Optional.of("maria")))
              .withLabel("");

      assertThatThrownBy(() -> engine().submit(bad))
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(v -> v.pointer() + " " + v.code())
                      .containsExactlyInAnyOrder(
                          "/target/hint required",
                          "/target/entity_id not_applicable",
                          "/label min_length"));
      assertThat(executor.pending()).isZero();
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFull() {
      engine = builder().limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(2)).build();
      engine.submit(request(TargetSpec.dominant()));
      engine.submit(request(TargetSpec.dominant()));

      assertThatThrownBy(() -> engine.submit(request(TargetSpec.dominant())))
          .isInstanceOfSatisfying(
              ReportEngineException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.OVERLOADED))
          .hasMessageContaining("queue is full (2 jobs waiting); retry after about");
      assertThat(executor.pending()).isEqualTo(2);
    }

    @Test
    void refusesTemplatesThatAreNotRegistered() {
      engine = builder().discoverTemplates(false).build();

      assertThatThrownBy(() -> engine.submit(request(TargetSpec.dominant())))
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e ->
                  assertThat(e.violations())
                      .singleElement()
                      .satisfies(
                          v -> {
                            assertThat(v.pointer()).isEqualTo("/output/template");
                            assertThat(v.code()).isEqualTo("template_not_available");
                            assertThat(v.message()).contains("general_report");
                          }));
    }
  }

  @Test
  void writesTheHintResolutionIntoRawTarget() {
    JobHandle job = engine().submit(request(TargetSpec.magicHint("whoever spoke at 0:20")));
    executor.runAll();

    JsonValue.JsonObject target = rawTarget(job.await(Duration.ofSeconds(1)));
    assertThat(target.members().keySet())
        .containsExactly(
            "strategy",
            "on_miss",
            "hint",
            "entity_id",
            "rule",
            "confidence",
            "evidence",
            "candidates");
    assertThat(target.get("entity_id")).contains(JsonValue.of("maria"));
    assertThat(target.get("rule")).contains(JsonValue.of("time_reference"));
    JsonValue.JsonObject evidence =
        (JsonValue.JsonObject)
            ((JsonValue.JsonArray) target.get("evidence").orElseThrow()).elements().get(0);
    assertThat(evidence.get("quote")).isPresent();
    assertThat(evidence.get("at_seconds")).isPresent();
    JsonValue.JsonObject candidate =
        (JsonValue.JsonObject)
            ((JsonValue.JsonArray) target.get("candidates").orElseThrow()).elements().get(0);
    assertThat(candidate.members().keySet()).containsExactly("entity_id", "label", "score", "rule");
  }

  private static JsonValue.JsonObject rawTarget(Report report) {
    return (JsonValue.JsonObject)
        ((JsonValue.JsonObject) report.raw().orElseThrow()).get("target").orElseThrow();
  }

  @Nested
  class Failures {

    @Test
    void failsWithTargetNotFoundWhenOnMissIsError() {
      JobHandle job = engine().submit(request(TargetSpec.entityId("ghost")));
      executor.runAll();

      assertThatThrownBy(() -> job.await(Duration.ofSeconds(1)))
          .isInstanceOfSatisfying(
              JobFailedException.class,
              e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.TARGET_NOT_FOUND);
                assertThat(e.error().message())
                    .isEqualTo(
                        "target entity_id found nobody: no entity with id [ghost]; known: maria,"
                            + " sam");
              });
      assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
      assertThat(job.snapshot().stage()).contains(JobStage.RESOLVE_TARGET);
      assertThat(engine.reportByJob(job.jobId())).isEmpty();
    }

    @Test
    void fallsBackToTheDominantSpeakerAndSaysSoInRaw() {
      JobHandle job =
          engine()
              .submit(request(TargetSpec.entityId("ghost").withOnMiss(OnMiss.FALLBACK_DOMINANT)));
      executor.runAll();

      Report report = job.await(Duration.ofSeconds(1));
      assertThat(report.entity().orElseThrow().id()).isEqualTo("maria");
      JsonValue.JsonObject target =
          (JsonValue.JsonObject)
              ((JsonValue.JsonObject) report.raw().orElseThrow()).get("target").orElseThrow();
      assertThat(target.get("fallback")).contains(JsonValue.of("dominant"));
      assertThat(target.get("miss_reason"))
          .contains(JsonValue.of("no entity with id [ghost]; known: maria, sam"));
    }

    @Test
    void failsWithTargetNotFoundListingTheCandidatesOfAnAmbiguousHint() {
      JobHandle job = engine().submit(request(TargetSpec.magicHint("purple elephants")));
      executor.runAll();

      assertThat(job.snapshot().error().orElseThrow())
          .satisfies(
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TARGET_NOT_FOUND);
                assertThat(e.message())
                    .isEqualTo(
                        "target magic_hint found nobody: no rule found a clear match for the hint"
                            + " [purple elephants]; candidates considered: none; entities:"
                            + " María López [maria], Sam Patel [sam]");
              });
    }

    @Test
    void recordsTheMissCandidatesWhenFallingBack() {
      JobHandle job =
          engine()
              .submit(
                  request(
                      TargetSpec.magicHint("dashboards dispatchers")
                          .withOnMiss(OnMiss.FALLBACK_DOMINANT)));
      executor.runAll();

      JsonValue.JsonObject target = rawTarget(job.await(Duration.ofSeconds(1)));
      assertThat(target.get("fallback")).contains(JsonValue.of("dominant"));
      assertThat(target.get("hint")).contains(JsonValue.of("dashboards dispatchers"));
      assertThat(target.get("miss_reason").orElseThrow().toString())
          .contains("topic: best 0.46, below 0.50");
      assertThat(((JsonValue.JsonArray) target.get("miss_candidates").orElseThrow()).elements())
          .hasSize(2);
      assertThat(target.get("rule")).contains(JsonValue.of("most_speaking_time"));
    }

    @Test
    void failsWithMediaNotFoundForAnUnknownMediaId() {
      JobHandle job =
          engine()
              .submit(
                  CreateReportJobRequest.of(
                      "nope", Template.GENERAL_REPORT, TargetSpec.dominant()));
      executor.runAll();

      assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.MEDIA_NOT_FOUND);
      assertThat(job.snapshot().error().orElseThrow().message())
          .isEqualTo("no media [nope]: the media source has no media with this id");
    }

    @Test
    void failsWithMediaUnreadableNamingNoPathWhenAHostSourceThrows() {
      engine =
          ReportEngine.builder()
              .executor(executor)
              .eventExecutor(Runnable::run)
              .clock(clock)
              .mediaSource(
                  query -> {
                    throw new UncheckedIOException(
                        new NoSuchFileException("/srv/tenants/acme/calls/nope.vtt"));
                  })
              .build();
      JobHandle job =
          engine.submit(
              CreateReportJobRequest.of("nope", Template.GENERAL_REPORT, TargetSpec.dominant()));
      executor.runAll();

      assertThat(job.snapshot().error().orElseThrow())
          .satisfies(
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MEDIA_UNREADABLE);
                assertThat(e.message())
                    .isEqualTo(
                        "media [nope] could not be read: the media source failed with"
                            + " UncheckedIOException");
              });
    }

    @Test
    void failsWithTemplateFailedWhenTheTemplateThrows() {
      engine = builder().discoverTemplates(false).template(new ThrowingTemplate()).build();
      JobHandle job = engine.submit(request(TargetSpec.dominant()));
      executor.runAll();

      assertThat(job.snapshot().error().orElseThrow())
          .satisfies(
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TEMPLATE_FAILED);
                assertThat(e.message()).isEqualTo("template general_report failed: no luck");
              });
      assertThatThrownBy(() -> job.await(Duration.ofSeconds(1)))
          .isInstanceOf(dev.reportengine.api.JobFailedException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no luck");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {"StackOverflowError", "OutOfMemoryError", "AssertionError"})
    void failsAtOnceWithInternalWhenTheTemplateThrowsAnErrorAndRunsTheNextJob(String kind) {
      java.util.concurrent.atomic.AtomicInteger calls =
          new java.util.concurrent.atomic.AtomicInteger();
      ThrowingTemplate failsOnce =
          new ThrowingTemplate() {
            @Override
            public ReportContent build(TemplateContext context) {
              if (calls.getAndIncrement() > 0) {
                return new dev.reportengine.templates.general.GeneralReportTemplate()
                    .build(context);
              }
              switch (kind) {
                case "StackOverflowError" -> throw new StackOverflowError();
                case "OutOfMemoryError" -> throw new OutOfMemoryError("Java heap space");
                default -> throw new AssertionError("/home/host/secret/path");
              }
            }
          };
      engine = builder().discoverTemplates(false).template(failsOnce).build();
      JobHandle first = engine.submit(request(TargetSpec.dominant()));
      JobHandle second = engine.submit(request(TargetSpec.dominant()));
      executor.runAll();

      assertThat(first.snapshot().status()).isEqualTo(JobStatus.FAILED);
      assertThat(first.snapshot().error().orElseThrow())
          .satisfies(
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL);
                assertThat(e.message()).doesNotContain("/home/host");
              });
      assertThat(second.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThatThrownBy(() -> first.await(Duration.ofSeconds(1)))
          .isInstanceOf(dev.reportengine.api.JobFailedException.class)
          .cause()
          .hasToString(
              kind.equals("OutOfMemoryError")
                  ? "java.lang.OutOfMemoryError: Java heap space"
                  : kind.equals("StackOverflowError")
                      ? "java.lang.StackOverflowError"
                      : "java.lang.AssertionError: /home/host/secret/path");
    }

    @Test
    void failsWithTimeoutWhenTheDeadlinePassesBeforeTheJobRuns() {
      engine =
          builder().limits(EngineLimits.DEFAULTS.withJobTimeout(Duration.ofSeconds(10))).build();
      JobHandle job = engine.submit(request(TargetSpec.dominant()));
      clock.advance(Duration.ofSeconds(11));
      executor.runAll();

      assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.TIMEOUT);
      assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void awaitThrowsTimeoutWhileTheJobIsStillQueued() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));

      assertThatThrownBy(() -> job.await(Duration.ofMillis(10)))
          .isInstanceOfSatisfying(
              ReportEngineException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT))
          .hasMessageContaining("it is queued");
    }
  }

  @Nested
  class Events {

    @Test
    void deliversEveryEventInOrderWithTheTerminalLast() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));
      List<JobEvent> seen = new ArrayList<>();
      job.onEvent(seen::add);
      executor.runAll();

      assertThat(seen)
          .extracting(e -> e.status() + "/" + e.stage().map(JobStage::wireName).orElse("-"))
          .containsExactly(
              "queued/-",
              "running/-",
              "running/load_media",
              "running/resolve_target",
              "running/build_report",
              "running/render_markdown",
              "running/render_pdf",
              "running/store",
              "succeeded/store");
    }

    @Test
    void replaysTheWholeHistoryToALateListener() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));
      executor.runAll();
      List<JobEvent> seen = new ArrayList<>();
      job.onEvent(seen::add);

      assertThat(seen).hasSize(9);
      assertThat(seen.get(8).status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void futureCompletesWithTheReport() throws ExecutionException, InterruptedException {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));
      assertThat(job.future()).isNotDone();
      executor.runAll();

      assertThat(job.future().get().jobId()).contains(job.jobId());
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void refusesSubmitsAfterCloseAndClosesTwiceQuietly() {
      engine();
      engine.close(Duration.ZERO);
      engine.close(Duration.ZERO);

      assertThatThrownBy(() -> engine.submit(request(TargetSpec.dominant())))
          .isInstanceOfSatisfying(
              ReportEngineException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
    }

    @Test
    void failsJobsThatNeverStartedWhenClosed() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));
      engine.close(Duration.ZERO);

      assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
      assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.UNAVAILABLE);
      executor.runAll();
      assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void leavesNoWorkerThreadBehindAfterClose() {
      Set<Thread> before = EngineThreads.before();
      ReportEngine own =
          ReportEngine.builder()
              .parallelism(2)
              .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
              .build();
      own.submit(request(TargetSpec.dominant())).await(Duration.ofSeconds(30));
      own.close(Duration.ofSeconds(5));

      EngineThreads.assertNoneLeftSince(before, "report-engine-");
    }

    @Test
    void keepsAHandleForFinishedJobsFromTheStore() {
      JobHandle job = engine().submit(request(TargetSpec.dominant()));
      executor.runAll();

      JobHandle again = engine.handle(job.jobId()).orElseThrow();
      assertThat(again.snapshot()).isEqualTo(job.snapshot());
      assertThat(again.await(Duration.ZERO)).isEqualTo(job.await(Duration.ZERO));
      assertThat(engine.handle("job_unknown")).isEmpty();
    }
  }

  @Nested
  class Builder {

    @Test
    void refusesAnOptionSetTwiceQuotingTheFirstValue() {
      ReportEngineBuilder b = ReportEngine.builder().executor(executor);
      assertThatThrownBy(() -> b.executor(executor))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("executor was already set to " + executor);
    }

    @Test
    void refusesZeroParallelism() {
      assertThatThrownBy(() -> ReportEngine.builder().parallelism(0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("parallelism must be at least 1, got 0");
    }

    @Test
    void requiresAMediaSource() {
      assertThatThrownBy(() -> ReportEngine.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a mediaSource is required");
    }

    @Test
    void refusesTwoTemplatesWithOneIdNamingBoth() {
      ReportEngineBuilder b = ReportEngine.builder().template(new ThrowingTemplate());
      assertThatThrownBy(() -> b.template(new ThrowingTemplate()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("template general_report of " + ThrowingTemplate.class.getName())
          .hasMessageContaining("already registered by " + ThrowingTemplate.class.getName());
    }

    @Test
    void discoversTheBuiltInTemplatesAndLetsARegistrationWin() {
      assertThat(engine().templates()).contains(Template.GENERAL_REPORT);

      engine.close(Duration.ZERO);
      engine = builder().template(new ThrowingTemplate()).build();
      JobHandle job = engine.submit(request(TargetSpec.dominant()));
      executor.runAll();
      assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.TEMPLATE_FAILED);
    }
  }

  /** A real template that always fails, to exercise the engine's failure path. */
  static class ThrowingTemplate implements ReportTemplate {
    @Override
    public Template id() {
      return Template.GENERAL_REPORT;
    }

    @Override
    public String title() {
      return "Failing report";
    }

    @Override
    public ParameterSpec parameters() {
      return ParameterSpec.none();
    }

    @Override
    public ReportContent build(TemplateContext context) {
      throw new IllegalStateException("no luck");
    }
  }
}
