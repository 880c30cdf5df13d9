package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.ManualExecutor;
import dev.reportengine.core.MarkdownRenderer;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.MutableClock;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportStores;
import dev.reportengine.core.ScriptedTemplate;
import dev.reportengine.core.TestMedia;
import dev.reportengine.core.internal.render.Rendering;
import dev.reportengine.core.internal.target.DominantResolver;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRuntimeStoreFailureTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final FailingStore store = new FailingStore(ReportStores.inMemory());
  private final CapturingScheduler scheduler = new CapturingScheduler();
  private final List<JobSnapshot> ended = new ArrayList<>();
  private JobRuntime runtime;

  private JobRuntime runtime() {
    MediaSource media = MediaSources.inMemory(List.of(TestMedia.salesCall()));
    DominantResolver dominant = new DominantResolver();
    runtime =
        new JobRuntime(
            JobRuntimeConfig.builder()
                .executor(executor)
                .parallelism(1)
                .delivery(Runnable::run)
                .scheduler(scheduler)
                .mediaSource(media)
                .resolvers(Map.of(dominant.strategy(), dominant))
                .templates(Map.of(Template.GENERAL_REPORT, new ScriptedTemplate(c -> {})))
                .markdown(MarkdownRenderer.create())
                .rendering(new Rendering(Map.of(), PdfMode.OFF, Optional.empty(), store, media))
                .store(store)
                .clock(clock)
                .ids(() -> String.valueOf(ids.incrementAndGet()))
                .limits(EngineLimits.DEFAULTS.withJobTimeout(Duration.ofMinutes(1)))
                .terminalListener((snapshot, request) -> ended.add(snapshot))
                .build());
    return runtime;
  }

  @AfterEach
  void close() {
    if (runtime != null) {
      store.failTerminal = false;
      runtime.close(Duration.ZERO);
    }
    scheduler.shutdownNow();
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesCompleteTheJobAndItsEventsWhenTheStoreFailsToSaveItsTerminalSnapshot() {
    JobHandle job = runtime().submit(request(), Optional.empty());
    List<JobSnapshot> events = new ArrayList<>();
    job.onEvent(e -> events.add(job.snapshot()));
    store.failTerminal = true;

    executor.runAll();

    assertThat(job.snapshot().status().isTerminal()).isTrue();
    assertThat(job.future()).isDone();
    assertThat(events).last().extracting(s -> s.status().isTerminal()).isEqualTo(true);
    assertThat(ended).extracting(JobSnapshot::jobId).containsExactly(job.jobId());
    assertThat(runtime.liveSnapshot(job.jobId())).isEmpty();
  }

  @Test
  void doesKeepSweepingDeadlinesWhenEndingOneExpiredJobFails() {
    runtime();
    JobHandle first = runtime.submit(request(), Optional.empty());
    JobHandle second = runtime.submit(request(), Optional.empty());
    clock.advance(Duration.ofMinutes(2));
    store.failTerminal = true;

    scheduler.sweep.run();

    assertThat(first.future()).isCompletedExceptionally();
    assertThat(second.future()).isCompletedExceptionally();
    assertThat(ended).extracting(JobSnapshot::jobId).containsExactly("job_1", "job_2");
  }

  @Test
  void doesNotKeepAJobWhoseSubmitFailedWhenTheStoreRefusesItsFirstSnapshot() {
    runtime();
    store.failQueued = true;

    assertThatThrownBy(() -> runtime.submit(request(), Optional.empty()))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(runtime.liveSnapshot("job_1")).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    scheduler.sweep.run();
    assertThat(ended).isEmpty();
  }

  /** Captures the deadline sweep so the test runs it by hand. */
  private static final class CapturingScheduler extends ScheduledThreadPoolExecutor {
    private Runnable sweep;

    CapturingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(
        Runnable command, long initialDelay, long delay, TimeUnit unit) {
      sweep = command;
      return schedule(() -> {}, 1, TimeUnit.DAYS);
    }
  }

  /** A store whose disk fails for terminal job snapshots while {@code failTerminal} is set. */
  private static final class FailingStore implements ReportStore {
    private final ReportStore delegate;
    private volatile boolean failTerminal;
    private volatile boolean failQueued;

    FailingStore(ReportStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public void saveJob(JobSnapshot job) {
      if (failQueued && job.status() == dev.reportengine.api.JobStatus.QUEUED
          || failTerminal && job.status().isTerminal()) {
        throw new UncheckedIOException(
            "cannot write " + job.jobId(), new java.io.IOException("disk full"));
      }
      delegate.saveJob(job);
    }

    @Override
    public Optional<JobSnapshot> job(String jobId) {
      return delegate.job(jobId);
    }

    @Override
    public JobPage jobs(JobQuery query) {
      return delegate.jobs(query);
    }

    @Override
    public void saveRequest(String jobId, CreateReportJobRequest request) {
      delegate.saveRequest(jobId, request);
    }

    @Override
    public Optional<CreateReportJobRequest> request(String jobId) {
      return delegate.request(jobId);
    }

    @Override
    public void saveReport(Report report) {
      delegate.saveReport(report);
    }

    @Override
    public Optional<Report> report(String reportId) {
      return delegate.report(reportId);
    }

    @Override
    public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
      delegate.saveArtifact(reportId, mediaType, bytes);
    }

    @Override
    public Optional<byte[]> artifact(String reportId, String mediaType) {
      return delegate.artifact(reportId, mediaType);
    }

    @Override
    public void saveIdempotency(IdempotencyRecord record) {
      delegate.saveIdempotency(record);
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String key) {
      return delegate.idempotency(key);
    }
  }
}
