package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.TemplateContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelAndDeadlineTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private ReportEngine engine;

  private ReportEngine manual(Consumer<TemplateContext> step, EngineLimits limits) {
    engine =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .parallelism(1)
            .clock(clock)
            .limits(limits)
            .ids(() -> String.valueOf(ids.incrementAndGet()))
            .template(new ScriptedTemplate(step))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    return engine;
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close(Duration.ZERO);
    }
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesRemoveAQueuedJobAtOnceWhenCanceledAndNeverRunIt() {
    AtomicInteger builds = new AtomicInteger();
    manual(c -> builds.incrementAndGet(), EngineLimits.DEFAULTS.withMaxQueuedJobs(2));
    JobHandle first = engine.submit(request());
    JobHandle second = engine.submit(request());
    List<JobEvent> events = new ArrayList<>();
    first.onEvent(events::add);

    assertThat(first.cancel()).isTrue();

    assertThat(first.snapshot().status()).isEqualTo(JobStatus.CANCELED);
    assertThat(first.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.CANCELED);
    assertThat(engine.job(first.jobId()).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
    JobHandle third = engine.submit(request());
    executor.runAll();
    assertThat(builds).hasValue(2);
    assertThat(first.snapshot().startedAt()).isEmpty();
    assertThat(events)
        .extracting(JobEvent::status)
        .containsExactly(JobStatus.QUEUED, JobStatus.CANCELED);
    assertThat(second.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(third.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(first.cancel()).isFalse();
    assertThat(engine.cancel(second.jobId())).isFalse();
  }

  @Test
  void doesStopARunningJobAtTheNextStageBoundaryAndTellTheTemplate() {
    AtomicReference<String> jobId = new AtomicReference<>();
    AtomicBoolean sawCancel = new AtomicBoolean();
    manual(
        context -> {
          assertThat(context.isCanceled()).isFalse();
          engine.cancel(jobId.get());
          sawCancel.set(context.isCanceled());
        },
        EngineLimits.DEFAULTS);
    JobHandle job = engine.submit(request());
    jobId.set(job.jobId());

    executor.runAll();

    assertThat(sawCancel).isTrue();
    assertThat(job.snapshot().status()).isEqualTo(JobStatus.CANCELED);
    assertThat(job.snapshot().stage()).contains(JobStage.BUILD_REPORT);
    assertThat(job.snapshot().reportId()).isEmpty();
    assertThat(engine.report("rep_1")).isEmpty();
  }

  @Test
  void doesFailWithTimeoutWhenThePerSubmitDeadlinePassesBeforeTheJobRuns() {
    manual(c -> {}, EngineLimits.DEFAULTS.withJobTimeout(Duration.ofMinutes(5)));
    JobHandle quick =
        engine.submit(request(), SubmitOptions.defaults().withTimeout(Duration.ofSeconds(5)));
    JobHandle patient = engine.submit(request());
    clock.advance(Duration.ofSeconds(6));

    executor.runAll();

    assertThat(quick.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(quick.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.TIMEOUT);
    assertThat(patient.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void doesFailARunningJobWhenItsDeadlinePassesAndDiscardWhatItProduces()
      throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean canceledInside = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    engine =
        ReportEngine.builder()
            .parallelism(1)
            .clock(clock)
            .template(
                new ScriptedTemplate(
                    context -> {
                      if (calls.incrementAndGet() > 1) {
                        return;
                      }
                      entered.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      canceledInside.set(context.isCanceled());
                    }))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    JobHandle job =
        engine.submit(request(), SubmitOptions.defaults().withTimeout(Duration.ofSeconds(10)));
    assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();

    clock.advance(Duration.ofSeconds(11));

    await().atMost(10, TimeUnit.SECONDS).until(() -> job.snapshot().status() == JobStatus.FAILED);
    assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.TIMEOUT);
    assertThat(job.snapshot().stage()).contains(JobStage.BUILD_REPORT);
    release.countDown();
    engine.submit(request()).await(Duration.ofSeconds(20));
    assertThat(canceledInside).isTrue();
    assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(engine.reportByJob(job.jobId())).isEmpty();
    assertThat(engine.job(job.jobId()).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
  }
}
