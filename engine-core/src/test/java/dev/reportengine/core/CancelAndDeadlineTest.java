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
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.MediaSource;
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
import org.junit.jupiter.api.io.TempDir;

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

  /** A WebVTT call of {@code cues} cues, long enough that reading it takes many polls. */
  private static String longCall(int cues) {
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    for (int i = 0; i < cues; i++) {
      vtt.append(String.format("%02d:%02d:%02d.000 --> ", i / 3600, i / 60 % 60, i % 60))
          .append(String.format("%02d:%02d:%02d.900%n", i / 3600, i / 60 % 60, i % 60))
          .append(i % 2 == 0 ? "<v Ana>" : "<v Ben>")
          .append("We will send the plan for region ")
          .append(i)
          .append(" by Friday.\n\n");
    }
    return vtt.toString();
  }

  /**
   * A directory source whose load of {@code long-call} first runs {@code before} (a cancel, or a
   * clock jump past the deadline), then reads, recording whether the reader stopped inside.
   */
  private static MediaSource watched(
      java.nio.file.Path dir, Runnable before, AtomicBoolean stoppedInside) {
    MediaSource files = MediaSources.directory(dir);
    return query -> {
      if (!query.mediaId().equals("long-call")) {
        return files.load(query);
      }
      before.run();
      try {
        return files.load(query);
      } catch (JobCanceledException e) {
        stoppedInside.set(true);
        throw e;
      }
    };
  }

  private ReportEngine withMedia(MediaSource media) {
    engine =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .parallelism(1)
            .clock(clock)
            .ids(() -> String.valueOf(ids.incrementAndGet()))
            .mediaSource(media)
            .build();
    return engine;
  }

  private static CreateReportJobRequest request(String mediaId) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesStopReadingATranscriptAndRunTheNextJobWhenTheDeadlinePassesWhileItIsRead(
      @TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("long-call.vtt"), longCall(20_000));
    java.nio.file.Files.writeString(dir.resolve("short-call.vtt"), longCall(20));
    AtomicBoolean stoppedInside = new AtomicBoolean();
    withMedia(watched(dir, () -> clock.advance(Duration.ofSeconds(11)), stoppedInside));
    JobHandle slow =
        engine.submit(
            request("long-call"), SubmitOptions.defaults().withTimeout(Duration.ofSeconds(10)));
    JobHandle next = engine.submit(request("short-call"));

    executor.runAll();

    assertThat(stoppedInside).as("the reader stopped inside the file").isTrue();
    assertThat(slow.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(slow.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.TIMEOUT);
    assertThat(slow.snapshot().stage()).contains(JobStage.LOAD_MEDIA);
    assertThat(next.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void doesStopReadingATranscriptWhenItsJobIsCanceledWhileItIsRead(@TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("long-call.vtt"), longCall(20_000));
    AtomicBoolean stoppedInside = new AtomicBoolean();
    AtomicReference<String> jobId = new AtomicReference<>();
    withMedia(watched(dir, () -> engine.cancel(jobId.get()), stoppedInside));
    JobHandle slow = engine.submit(request("long-call"));
    jobId.set(slow.jobId());

    executor.runAll();

    assertThat(stoppedInside).isTrue();
    assertThat(slow.snapshot().status()).isEqualTo(JobStatus.CANCELED);
    assertThat(slow.snapshot().reportId()).isEmpty();
  }

  @Test
  void doesFailAJobWithInternalWhenAPluginStopsItAsCanceledWhileItShouldGoOn() {
    withMedia(
        query -> {
          throw new JobCanceledException();
        });

    JobHandle job = engine.submit(request("call-1"));
    executor.runAll();

    assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(job.snapshot().error().orElseThrow().code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(job.snapshot().error().orElseThrow().message())
        .contains("neither canceled nor past its deadline");
  }
}
