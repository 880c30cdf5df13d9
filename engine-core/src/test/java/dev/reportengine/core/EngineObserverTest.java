package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.WebhookAddressPolicy.Range;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineObserverTest {

  private final Recorder recorder = new Recorder();
  private final List<ReportEngine> engines = new ArrayList<>();

  @AfterEach
  void close() {
    engines.forEach(e -> e.close(Duration.ZERO));
  }

  private ReportEngine engine(
      EngineObserver observer, Consumer<dev.reportengine.api.spi.TemplateContext> step) {
    ReportEngine engine =
        ReportEngine.builder()
            .parallelism(1)
            .observer(observer)
            .template(new ScriptedTemplate(step))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .webhookSender(request -> WebhookSender.Response.of(200))
            .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
            .build();
    engines.add(engine);
    return engine;
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesTellEveryStageAndTheEndOfASucceededJob() {
    JobHandle job = engine(recorder, c -> {}).submit(request());
    job.await(Duration.ofSeconds(30));

    await().atMost(30, TimeUnit.SECONDS).until(() -> recorder.ended.size() == 1);
    assertThat(recorder.stages)
        .containsExactly(
            "load_media:general_report+",
            "load_media-ok",
            "resolve_target:general_report+",
            "resolve_target-ok",
            "build_report:general_report+",
            "build_report-ok",
            "render_markdown:general_report+",
            "render_markdown-ok",
            "render_pdf:general_report+",
            "render_pdf-ok",
            "store:general_report+",
            "store-ok");
    EngineObserver.JobEndContext end = recorder.ended.get(0);
    assertThat(end.snapshot().jobId()).isEqualTo(job.jobId());
    assertThat(end.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(end.template()).isEqualTo(Template.GENERAL_REPORT);
  }

  @Test
  void doesEndTheFailingStageWithTheJobsErrorCode() {
    JobHandle job =
        engine(
                recorder,
                c -> {
                  throw new IllegalStateException("broken template");
                })
            .submit(request());

    await().atMost(30, TimeUnit.SECONDS).until(() -> recorder.ended.size() == 1);
    assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(recorder.stages)
        .endsWith("build_report:general_report+", "build_report-template_failed")
        .doesNotContain("render_markdown:general_report+");
    assertThat(recorder.ended.get(0).snapshot().error().orElseThrow().code())
        .isEqualTo(ErrorCode.TEMPLATE_FAILED);
  }

  @Test
  void doesEndTheRunningStageAsCanceledAndReadTheEnginesLoad() throws Exception {
    CountDownLatch inTemplate = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReportEngine engine =
        engine(
            recorder,
            c -> {
              inTemplate.countDown();
              try {
                release.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    EngineObserver.EngineState state = recorder.state;
    assertThat(state).isNotNull();
    assertThat(state.parallelism()).isEqualTo(1);
    assertThat(state.maxQueuedJobs()).isEqualTo(EngineLimits.DEFAULTS.maxQueuedJobs());
    assertThat(state.accepting()).isTrue();

    JobHandle running = engine.submit(request());
    assertThat(inTemplate.await(60, TimeUnit.SECONDS)).isTrue();
    JobHandle waiting = engine.submit(request());
    assertThat(state.runningJobs()).isEqualTo(1);
    assertThat(state.queuedJobs()).isEqualTo(1);
    assertThat(engine.state().queuedJobs()).isEqualTo(1);

    assertThat(engine.cancel(running.jobId())).isTrue();
    release.countDown();
    waiting.await(Duration.ofSeconds(30));

    await().atMost(30, TimeUnit.SECONDS).until(() -> recorder.ended.size() == 2);
    assertThat(recorder.stages).contains("build_report-canceled");
    assertThat(state.queuedJobs()).isZero();
    engine.close(Duration.ZERO);
    assertThat(state.accepting()).isFalse();
  }

  @Test
  void doesTellEachWebhookAttempt() {
    ReportEngine engine = engine(recorder, c -> {});
    JobHandle job =
        engine.submit(request().withWebhook(new Webhook("http://127.0.0.1:9/hook", Map.of())));
    job.await(Duration.ofSeconds(30));

    await().atMost(30, TimeUnit.SECONDS).until(() -> recorder.webhooks.size() == 1);
    EngineObserver.WebhookContext attempt = recorder.webhooks.get(0);
    assertThat(attempt.jobId()).isEqualTo(job.jobId());
    assertThat(attempt.attempt().outcome()).isEqualTo(WebhookAttempt.Outcome.DELIVERED);
  }

  @Test
  void doesRunJobsWhenTheObserverThrows() {
    EngineObserver broken =
        new EngineObserver() {
          @Override
          public StageScope stageStarted(StageContext context) {
            return error -> {
              throw new IllegalStateException("observer broken at end of " + context.stage());
            };
          }

          @Override
          public void jobEnded(JobEndContext context) {
            throw new IllegalStateException("observer broken at job end");
          }
        };
    JobHandle job = engine(broken, c -> {}).submit(request());

    job.await(Duration.ofSeconds(30));

    assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void doesFailTheBuildAndStopItsThreadsWhenAttachedThrows() {
    java.util.Set<Thread> before = EngineThreads.before();
    EngineObserver refusing =
        new EngineObserver() {
          @Override
          public void attached(EngineState state) {
            throw new IllegalStateException("refused to attach");
          }
        };

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ReportEngine.builder()
                    .observer(refusing)
                    .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused to attach");
    EngineThreads.assertNoneLeftSince(before, "report-engine-");
  }

  /** Records what it is told, as text: "stage:template+" at a start, "stage-outcome" at an end. */
  private static final class Recorder implements EngineObserver {
    final List<String> stages = Collections.synchronizedList(new ArrayList<>());
    final List<JobEndContext> ended = Collections.synchronizedList(new ArrayList<>());
    final List<WebhookContext> webhooks = Collections.synchronizedList(new ArrayList<>());
    volatile EngineState state;

    @Override
    public void attached(EngineState state) {
      this.state = state;
    }

    @Override
    public StageScope stageStarted(StageContext context) {
      stages.add(context.stage().wireName() + ":" + context.template().wireName() + "+");
      return error ->
          stages.add(
              context.stage().wireName() + "-" + error.map(ErrorCode::wireName).orElse("ok"));
    }

    @Override
    public void jobEnded(JobEndContext context) {
      ended.add(context);
    }

    @Override
    public void webhookAttempted(WebhookContext context) {
      webhooks.add(context);
    }
  }
}
