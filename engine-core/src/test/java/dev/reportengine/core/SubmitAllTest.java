package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReportEngine#submitAll}: on the in-memory and the file store, every request validated
 * first (a bad one named by its index), the requests without a key queued all or none under the
 * queue bound, those with a key as {@code submit} takes them.
 */
class SubmitAllTest {

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private ReportEngine engine;

  @TempDir Path dir;

  private ReportStore store(String kind) {
    return kind.equals("file") ? ReportStores.directory(dir) : ReportStores.inMemory();
  }

  private ReportEngine engine(String kind, int maxQueued) {
    engine =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .parallelism(1)
            .clock(clock)
            .ids(() -> String.valueOf(ids.incrementAndGet()))
            .store(store(kind))
            .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(maxQueued))
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

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesQueueEveryRequestAndReturnTheHandlesInOrder(String kind) {
    ReportEngine engine = engine(kind, 10);

    List<JobHandle> handles =
        engine.submitAll(
            List.of(request().withLabel("A"), request().withLabel("B"), request().withLabel("C")));

    assertThat(handles).hasSize(3);
    assertThat(handles).extracting(JobHandle::jobId).doesNotHaveDuplicates();
    assertThat(executor.pending()).isEqualTo(3);
    executor.runAll();
    for (JobHandle handle : handles) {
      assertThat(handle.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    }
    // In the order of the requests: the ids come from the engine's counter.
    assertThat(handles).extracting(JobHandle::jobId).containsExactly("job_1", "job_2", "job_3");
    for (JobHandle handle : handles) {
      assertThat(engine.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
    }
    assertThat(engine.submitAll(List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesRefuseABadRequestNamingItsIndexAndQueueNothing(String kind) {
    ReportEngine engine = engine(kind, 10);
    List<CreateReportJobRequest> requests =
        new ArrayList<>(Arrays.asList(request(), request().withLabel(""), request(), null));

    assertThatThrownBy(() -> engine.submitAll(requests))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.pointer() + " " + v.code())
                    .containsExactly("/1/label min_length", "/3 required"))
        .hasMessageContaining("request 1: ")
        .hasMessageContaining("request 3 of the list is null");
    assertThat(executor.pending()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesQueueNoneWhenTheQueueHasNoRoomForAll(String kind) {
    ReportEngine engine = engine(kind, 3);
    engine.submit(request());

    assertThatThrownBy(() -> engine.submitAll(List.of(request(), request(), request())))
        .isInstanceOfSatisfying(
            OverloadedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OVERLOADED))
        .hasMessageContaining("queue is full");
    assertThat(executor.pending()).isEqualTo(1);

    assertThat(engine.submitAll(List.of(request(), request()))).hasSize(2);
    assertThat(executor.pending()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesRefuseMoreRequestsThanTheQueueHolds(String kind) {
    ReportEngine engine = engine(kind, 2);

    assertThatThrownBy(
            () ->
                engine.submitAll(
                    List.of(
                        request().withIdempotencyKey("order-1"), request(), request(), request())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 requests without an idempotency key")
        .hasMessageContaining("EngineLimits.maxQueuedJobs")
        .hasMessageContaining("batches of at most 2");
    // Nothing queued, the keyed request included.
    assertThat(executor.pending()).isZero();
    assertThat(engine.jobs(dev.reportengine.api.JobQuery.all()).jobs()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesKeepEachRequestsIdempotencyKey(String kind) {
    ReportEngine engine = engine(kind, 10);
    JobHandle earlier = engine.submit(request().withIdempotencyKey("order-0"));

    List<JobHandle> handles =
        engine.submitAll(
            List.of(
                request().withIdempotencyKey("order-1"),
                request(),
                request().withIdempotencyKey("order-1"),
                request().withIdempotencyKey("order-0")));

    assertThat(handles.get(2).jobId()).isEqualTo(handles.get(0).jobId());
    assertThat(handles.get(3).jobId()).isEqualTo(earlier.jobId());
    assertThat(handles.get(1).jobId()).isNotIn(handles.get(0).jobId(), earlier.jobId());
    assertThat(executor.pending()).isEqualTo(3);
    // A retry of the same list returns the same keyed jobs.
    assertThat(engine.submitAll(List.of(request().withIdempotencyKey("order-1"))))
        .extracting(JobHandle::jobId)
        .containsExactly(handles.get(0).jobId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesQueueNoRequestWithoutAKeyWhenAKeyConflicts(String kind) {
    ReportEngine engine = engine(kind, 10);
    engine.submit(request().withIdempotencyKey("order-1"));

    assertThatThrownBy(
            () ->
                engine.submitAll(
                    List.of(request(), request().withIdempotencyKey("order-1").withLabel("Other"))))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessageContaining("[order-1]");
    assertThat(executor.pending()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void doesRefuseABatchOnAClosedEngine(String kind) {
    ReportEngine engine = engine(kind, 10);
    engine.close(Duration.ZERO);

    assertThatThrownBy(() -> engine.submitAll(List.of(request())))
        .isInstanceOfSatisfying(
            ReportEngineException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
  }
}
