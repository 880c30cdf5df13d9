package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableEngineTest {

  @TempDir Path dir;

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  private ReportEngine ownEngine() {
    return ReportEngine.builder()
        .parallelism(2)
        .store(ReportStores.directory(dir))
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
        .build();
  }

  private List<JobSnapshot> all(ReportEngine engine) {
    return engine.jobs(JobQuery.all().withLimit(1000)).jobs();
  }

  @Test
  void doesLeaveQueuedJobsInTheStoreAtCloseAndRunThemOnTheNextStart() throws IOException {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine first =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .store(ReportStores.directory(dir))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    for (int i = 0; i < 3; i++) {
      first.submit(request());
    }
    first.close(Duration.ZERO);
    executor.runAll();
    assertThat(all(first)).extracting(JobSnapshot::status).containsOnly(JobStatus.QUEUED);

    try (ReportEngine second = ownEngine()) {
      for (JobSnapshot job : all(second)) {
        second.handle(job.jobId()).orElseThrow().await(Duration.ofSeconds(30));
      }
      assertThat(all(second))
          .hasSize(3)
          .allSatisfy(
              j -> {
                assertThat(j.status()).isEqualTo(JobStatus.SUCCEEDED);
                assertThat(j.reportId()).contains("rep_" + j.jobId().substring(4));
              });
    }
    assertThat(files("reports")).hasSize(3);
  }

  @Test
  void doesRunAgainAJobFoundRunningAndEndWithOneReport() throws IOException {
    ReportStore store = ReportStores.directory(dir);
    Instant created = Instant.parse("2026-01-02T03:04:05Z");
    store.saveRequest("job_interrupted", request());
    store.saveJob(
        JobSnapshot.builder()
            .jobId("job_interrupted")
            .status(JobStatus.RUNNING)
            .stage(JobStage.BUILD_REPORT)
            .progress(0.5)
            .createdAt(created)
            .startedAt(created.plusSeconds(1))
            .build());

    try (ReportEngine engine = ownEngine()) {
      JobHandle job = engine.handle("job_interrupted").orElseThrow();
      job.await(Duration.ofSeconds(30));
      assertThat(engine.job("job_interrupted").orElseThrow().status())
          .isEqualTo(JobStatus.SUCCEEDED);
      assertThat(engine.job("job_interrupted").orElseThrow().createdAt()).isEqualTo(created);
      assertThat(engine.reportByJob("job_interrupted").orElseThrow().id())
          .isEqualTo("rep_interrupted");
    }
    assertThat(files("reports")).hasSize(1);
  }

  @Test
  void doesNotResumeJobsWhenResumeIsOffAndLetsThemBeCanceled() {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine first =
        ReportEngine.builder()
            .executor(executor)
            .store(ReportStores.directory(dir))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();
    String jobId = first.submit(request()).jobId();
    first.close(Duration.ZERO);

    ManualExecutor viewerExecutor = new ManualExecutor();
    try (ReportEngine viewer =
        ReportEngine.builder()
            .executor(viewerExecutor)
            .resumeJobs(false)
            .store(ReportStores.directory(dir))
            .mediaSource(MediaSources.inMemory(List.of()))
            .build()) {
      assertThat(viewerExecutor.pending()).isZero();
      assertThat(viewer.cancel(jobId)).isTrue();
      assertThat(viewer.job(jobId).orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
      assertThat(viewer.cancel(jobId)).isFalse();
    }
  }

  @Test
  void doesLeaveNoEngineThreadBehindAfterCloseAndClosesTwiceQuietly() {
    Set<Thread> before = EngineThreads.before();
    ReportEngine engine = ownEngine();
    JobHandle job = engine.submit(request());
    job.onEvent(e -> {});
    job.await(Duration.ofSeconds(30));
    engine.submit(request()).await(Duration.ofSeconds(30));

    engine.close(Duration.ofSeconds(5));
    engine.close(Duration.ofSeconds(5));

    EngineThreads.assertNoneLeftSince(before, "report-engine-");
  }

  private List<Path> files(String sub) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(sub))) {
      return files.toList();
    }
  }
}
