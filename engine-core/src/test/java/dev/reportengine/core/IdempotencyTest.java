package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotencyTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private ReportEngine engine;

  @TempDir Path dir;

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .executor(executor)
        .eventExecutor(Runnable::run)
        .parallelism(1)
        .clock(clock)
        .ids(() -> String.valueOf(ids.incrementAndGet()))
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
  void doesReturnTheOriginalJobWhenTheSameRequestComesAgain() {
    engine = builder().build();
    JobHandle first = engine.submit(request("order-1"));
    JobHandle again = engine.submit(request("order-1"));

    assertThat(again.jobId()).isEqualTo(first.jobId());
    assertThat(executor.pending()).isEqualTo(1);
    executor.runAll();
    JobHandle later = engine.submit(request("order-1"));
    assertThat(later.jobId()).isEqualTo(first.jobId());
    assertThat(later.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(executor.pending()).isZero();
  }

  @Test
  void doesTreatRequestsThatDifferOnlyInMemberOrderAsTheSame() {
    engine = builder().build();
    JobHandle viaJson =
        engine.submit(
            engine.parseRequest(
                """
                {"idempotencyKey": "k", "target": {"strategy": "dominant"},
                 "output": {"template": "general_report"}, "media": {"mediaId": "call-1"}}
                """));

    assertThat(engine.submit(request("k")).jobId()).isEqualTo(viaJson.jobId());
  }

  @Test
  void doesRefuseTheSameKeyWithAnotherRequestNamingTheKey() {
    engine = builder().build();
    JobHandle first = engine.submit(request("order-1"));

    assertThatThrownBy(() -> engine.submit(request("order-1").withLabel("Other")))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
              assertThat(e.key()).isEqualTo("order-1");
              assertThat(e.jobId()).isEqualTo(first.jobId());
            })
        .hasMessageContaining("[order-1]");
    assertThat(executor.pending()).isEqualTo(1);
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

    assertThat(engine.submit(request("order-1").withLabel("New")).jobId())
        .isNotEqualTo(first.jobId());
  }

  @Test
  void doesCreateExactlyOneJobWhenManyThreadsSubmitOneKeyAtOnce() throws Exception {
    engine = builder().build();
    ExecutorService callers = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    Set<String> jobIds = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> all =
          IntStream.range(0, 400)
              .<Future<?>>mapToObj(
                  i ->
                      callers.submit(
                          () -> {
                            start.await();
                            return jobIds.add(engine.submit(request("shared")).jobId());
                          }))
              .toList();
      start.countDown();
      for (Future<?> f : all) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(jobIds).hasSize(1);
    assertThat(executor.pending()).isEqualTo(1);
    assertThat(engine.jobs(JobQuery.all()).jobs()).hasSize(1);
  }

  @Test
  void doesKeepKeysAcrossRestartsWithAFileStore() {
    engine = builder().store(ReportStores.directory(dir)).build();
    JobHandle first = engine.submit(request("order-1"));
    executor.runAll();
    engine.close(Duration.ZERO);

    engine =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .clock(clock)
            .store(ReportStores.directory(dir))
            .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
            .build();

    JobHandle again = engine.submit(request("order-1"));
    assertThat(again.jobId()).isEqualTo(first.jobId());
    assertThat(again.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(again.await(Duration.ZERO).jobId()).contains(first.jobId());
    assertThatThrownBy(() -> engine.submit(request("order-1").withLabel("Other")))
        .isInstanceOf(IdempotencyConflictException.class);
  }

  @Test
  void doesFindAJobWhoseKeyWasNotRecordedBeforeACrash() {
    ReportStore store = ReportStores.directory(dir);
    Instant created = clock.instant();
    store.saveRequest("job_crashed", request("order-2"));
    store.saveJob(
        JobSnapshot.builder()
            .jobId("job_crashed")
            .status(JobStatus.QUEUED)
            .createdAt(created)
            .build());

    engine = builder().store(ReportStores.directory(dir)).build();

    assertThat(engine.submit(request("order-2")).jobId()).isEqualTo("job_crashed");
    assertThat(engine.jobs(JobQuery.all()).jobs()).hasSize(1);
  }
}
