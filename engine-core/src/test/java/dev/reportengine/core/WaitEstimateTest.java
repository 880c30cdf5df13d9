package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A steady workload on the engine's clock: every job takes exactly two seconds (the template
 * advances the clock), one worker. The estimate at submit is compared with the wait that followed.
 */
class WaitEstimateTest {

  private static final Duration JOB_TIME = Duration.ofSeconds(2);

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final ReportEngine engine =
      ReportEngine.builder()
          .executor(executor)
          .eventExecutor(Runnable::run)
          .parallelism(1)
          .clock(clock)
          .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(12))
          .template(new ScriptedTemplate(c -> clock.advance(JOB_TIME)))
          .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
          .build();

  @AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  private void warmUp() {
    for (int i = 0; i < 3; i++) {
      engine.submit(request());
      executor.runAll();
    }
  }

  @Test
  void doesEstimateTheWaitWithinAFactorOfTwoOnASteadyWorkload() {
    warmUp();
    List<JobHandle> jobs = new ArrayList<>();
    List<Double> estimates = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      JobHandle job = engine.submit(request());
      jobs.add(job);
      estimates.add(job.snapshot().estimatedWaitSec().orElseThrow());
    }

    executor.runAll();

    for (int i = 0; i < jobs.size(); i++) {
      JobHandle job = jobs.get(i);
      JobSnapshot done = job.snapshot();
      double estimated = estimates.get(i);
      double actual =
          Duration.between(done.createdAt(), done.startedAt().orElseThrow()).toMillis() / 1000.0;
      if (actual == 0) {
        assertThat(estimated).as(job.jobId()).isZero();
      } else {
        assertThat(estimated / actual).as(job.jobId()).isBetween(0.5, 2.0);
      }
    }
    assertThat(estimates.get(9)).isPositive();
  }

  @Test
  void doesGiveNoEstimateBeforeAnyJobHasFinishedWhenWorkersAreBusy() {
    engine.submit(request());
    JobHandle second = engine.submit(request());

    assertThat(second.snapshot().estimatedWaitSec()).isEmpty();
  }

  @Test
  void doesRefuseWithARetryAfterEstimateWhenTheQueueIsFull() {
    warmUp();
    for (int i = 0; i < 12; i++) {
      engine.submit(request());
    }

    assertThatThrownBy(() -> engine.submit(request()))
        .isInstanceOfSatisfying(
            OverloadedException.class,
            e -> {
              assertThat(e.retryAfterSec()).isEqualTo(24);
              assertThat(e.getMessage()).contains("retry after about 24 s");
            });
  }
}
