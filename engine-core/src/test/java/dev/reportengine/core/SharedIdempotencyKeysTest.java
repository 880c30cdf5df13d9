package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.SharedIdempotency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's idempotency keys on a store that offers {@link SharedIdempotency}: the key is
 * reserved before the job is created, with the same answers as the in-process path.
 */
class SharedIdempotencyKeysTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final Shared store = new Shared(ReportStores.inMemory());
  private ReportEngine engine;

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .executor(executor)
        .eventExecutor(Runnable::run)
        .parallelism(1)
        .clock(clock)
        .ids(() -> String.valueOf(ids.incrementAndGet()))
        .store(store)
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())));
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close(Duration.ZERO);
    }
  }

  private static CreateReportJobRequest request(String key) {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant())
        .withIdempotencyKey(key);
  }

  @Test
  void doesReserveTheKeyAndAnswerLikeOneEngine() {
    engine = builder().build();
    JobHandle first = engine.submit(request("order-1"));

    assertThat(store.reservations.get()).isEqualTo(1);
    assertThat(store.idempotency("order-1").orElseThrow().jobId()).isEqualTo(first.jobId());
    assertThat(engine.submit(request("order-1")).jobId()).isEqualTo(first.jobId());
    assertThatThrownBy(() -> engine.submit(request("order-1").withLabel("Other")))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class,
            e -> assertThat(e.jobId()).isEqualTo(first.jobId()));
    assertThat(executor.pending()).isEqualTo(1);
    assertThat(engine.jobs(JobQuery.all()).jobs()).hasSize(1);
  }

  @Test
  void doesForgetAKeyAfterTheRetentionWindow() {
    engine =
        builder()
            .limits(EngineLimits.DEFAULTS.withIdempotencyRetention(Duration.ofHours(1)))
            .build();
    JobHandle first = engine.submit(request("order-1"));
    clock.advance(Duration.ofMinutes(59));
    assertThat(engine.submit(request("order-1")).jobId()).isEqualTo(first.jobId());

    clock.advance(Duration.ofMinutes(2));

    JobHandle second = engine.submit(request("order-1").withLabel("New"));
    assertThat(second.jobId()).isNotEqualTo(first.jobId());
    assertThat(store.idempotency("order-1").orElseThrow().jobId()).isEqualTo(second.jobId());
  }

  @Test
  void doesFreeTheKeyWhenTheJobCannotBeCreated() {
    engine = builder().limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(1)).build();
    engine.submit(request("a"));

    assertThatThrownBy(() -> engine.submit(request("b"))).isInstanceOf(OverloadedException.class);
    assertThat(store.reservations.get()).as("a and b reserved").isEqualTo(2);
    assertThat(store.idempotency("b").filter(r -> r.isLiveAt(clock.instant()))).isEmpty();

    executor.runAll();
    JobHandle retried = engine.submit(request("b"));
    assertThat(store.idempotency("b").orElseThrow().jobId()).isEqualTo(retried.jobId());
    assertThat(store.idempotency("b").orElseThrow().isLiveAt(clock.instant())).isTrue();
    assertThat(store.reservations.get()).isEqualTo(3);
  }

  /** The in-memory store with an atomic insert-if-absent, counting reservations. */
  private static final class Shared implements ReportStore, SharedIdempotency {
    private final ReportStore inner;
    private final AtomicInteger reservations = new AtomicInteger();

    Shared(ReportStore inner) {
      this.inner = inner;
    }

    @Override
    public synchronized IdempotencyRecord saveIdempotencyIfAbsent(IdempotencyRecord record) {
      Optional<IdempotencyRecord> held =
          inner.idempotency(record.key()).filter(r -> r.isLiveAt(record.createdAt()));
      if (held.isPresent()) {
        return held.get();
      }
      reservations.incrementAndGet();
      inner.saveIdempotency(record);
      return record;
    }

    @Override
    public synchronized void saveIdempotency(IdempotencyRecord record) {
      inner.saveIdempotency(record);
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String key) {
      return inner.idempotency(key);
    }

    @Override
    public void saveJob(JobSnapshot job) {
      inner.saveJob(job);
    }

    @Override
    public Optional<JobSnapshot> job(String jobId) {
      return inner.job(jobId);
    }

    @Override
    public JobPage jobs(JobQuery query) {
      return inner.jobs(query);
    }

    @Override
    public void saveRequest(String jobId, CreateReportJobRequest request) {
      inner.saveRequest(jobId, request);
    }

    @Override
    public Optional<CreateReportJobRequest> request(String jobId) {
      return inner.request(jobId);
    }

    @Override
    public void saveReport(Report report) {
      inner.saveReport(report);
    }

    @Override
    public Optional<Report> report(String reportId) {
      return inner.report(reportId);
    }

    @Override
    public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
      inner.saveArtifact(reportId, mediaType, bytes);
    }

    @Override
    public Optional<byte[]> artifact(String reportId, String mediaType) {
      return inner.artifact(reportId, mediaType);
    }
  }
}
