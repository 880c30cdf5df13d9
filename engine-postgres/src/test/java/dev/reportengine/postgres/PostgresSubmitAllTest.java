package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.IdempotencyConflictException;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.ReportEngine;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ReportEngine.submitAll} on engines sharing one PostgreSQL ({@code JobClaims.enqueueAll}):
 * a batch saved all or none under the shared queue bound, each request's idempotency key kept
 * across engines, a bad request named by its index.
 */
class PostgresSubmitAllTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final int BOUND = 20;

  private static ReportEngine submitOnly(String name) {
    return shared.engine(
        name,
        new ReplicaChild.Slow(1),
        b ->
            b.parallelism(1)
                .claimSettings(SharedDatabase.FAST)
                .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(BOUND))
                .resumeJobs(false));
  }

  private static long count(String sql) {
    return Long.parseLong(shared.db().queryText(sql));
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("media", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  private static List<CreateReportJobRequest> requests(int n) {
    return Collections.nCopies(n, request());
  }

  @Test
  void doesQueueABatchThatEveryEngineRuns() {
    ReportEngine a =
        shared.engine(
            "engine-a",
            new ReplicaChild.Slow(1),
            b -> b.parallelism(2).claimSettings(SharedDatabase.FAST));
    shared.engine(
        "engine-b",
        new ReplicaChild.Slow(1),
        b -> b.parallelism(2).claimSettings(SharedDatabase.FAST));

    List<JobHandle> handles = a.submitAll(requests(30));

    assertThat(handles).extracting(JobHandle::jobId).doesNotHaveDuplicates().hasSize(30);
    // Durable once returned: every job is in the store, seen through another connection.
    assertThat(
            count(
                "SELECT count(*) FROM reportengine_jobs WHERE id IN ('"
                    + String.join("','", handles.stream().map(JobHandle::jobId).toList())
                    + "')"))
        .isEqualTo(30);
    for (JobHandle handle : handles) {
      handle.await(Duration.ofSeconds(60));
      assertThat(handle.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
    }
    assertThat(count("SELECT count(*) FROM reportengine_events WHERE status = 'queued'"))
        .isEqualTo(30);
  }

  @Test
  void doesQueueABatchInTheOrderOfItsRequests() {
    ReportEngine a = submitOnly("engine-a");
    List<String> ids = a.submitAll(requests(12)).stream().map(JobHandle::jobId).toList();

    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT string_agg(id, ',' ORDER BY created_at, created_nanos, id)"
                        + " FROM reportengine_jobs"))
        .isEqualTo(String.join(",", ids));
  }

  @Test
  void doesQueueNoneOfABatchThatDoesNotFitUnderTheSharedBound() {
    ReportEngine a = submitOnly("engine-a");
    ReportEngine b = submitOnly("engine-b");
    for (int i = 0; i < 15; i++) {
      a.submit(request());
    }

    assertThatThrownBy(() -> b.submitAll(requests(6)))
        .isInstanceOf(OverloadedException.class)
        .hasMessageContaining("shared queue is full");
    assertThat(count("SELECT count(*) FROM reportengine_jobs")).isEqualTo(15);
    assertThat(count("SELECT count(*) FROM reportengine_requests")).isEqualTo(15);
    assertThat(count("SELECT count(*) FROM reportengine_events")).isEqualTo(15);

    assertThat(b.submitAll(requests(5))).hasSize(5);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo(BOUND);
  }

  /**
   * A claim store that keeps the SPI's default {@code enqueueAll} (one enqueue each, stopping at
   * the first refused) saves a first part of a batch that does not fit: the engine cancels that
   * part, so none of the batch runs, and reports the queue full.
   */
  @Test
  void doesCancelTheFirstPartOfABatchAStoreSavedWithoutRoomForAll() {
    ReportEngine engine =
        shared.engine(
            "engine-a",
            PostgresSubmitAllTest::withDefaultEnqueueAll,
            new ReplicaChild.Slow(1),
            b ->
                b.parallelism(1)
                    .claimSettings(SharedDatabase.FAST)
                    .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(BOUND))
                    .resumeJobs(false));
    for (int i = 0; i < 15; i++) {
      engine.submit(request());
    }

    assertThatThrownBy(() -> engine.submitAll(requests(8)))
        .isInstanceOf(OverloadedException.class)
        .hasMessageContaining("shared queue is full");

    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo(15);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'canceled'"))
        .isEqualTo(5);
  }

  /** A PostgreSQL store whose {@code enqueueAll} is the SPI's default. */
  private static ReportStore withDefaultEnqueueAll(DataSource dataSource) {
    PostgresReportStore real = new PostgresReportStore(dataSource);
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("enqueueAll")) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (ReportStore)
        Proxy.newProxyInstance(
            PostgresSubmitAllTest.class.getClassLoader(),
            PostgresReportStore.class.getInterfaces(),
            handler);
  }

  @Test
  void doesCountBatchesFromSeveralEnginesAgainstTheBoundAtomically() throws Exception {
    List<ReportEngine> engines =
        List.of(submitOnly("engine-a"), submitOnly("engine-b"), submitOnly("engine-c"));
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(engines.size() * 2);
    List<Future<?>> done = new ArrayList<>();
    for (ReportEngine engine : engines) {
      for (int t = 0; t < 2; t++) {
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < 3; i++) {
                    try {
                      accepted.addAndGet(engine.submitAll(requests(3)).size());
                    } catch (OverloadedException e) {
                      // The queue had no room for the whole batch.
                    }
                  }
                  return null;
                }));
      }
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();

    // Batches of 3 under a bound of 20: six fit, the seventh would not.
    assertThat(accepted.get()).isEqualTo(18);
    assertThat(count("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo(18);
    assertThat(count("SELECT count(*) FROM reportengine_requests")).isEqualTo(18);
  }

  @Test
  void doesKeepEachRequestsIdempotencyKeyAcrossEngines() {
    ReportEngine a = submitOnly("engine-a");
    ReportEngine b = submitOnly("engine-b");

    List<JobHandle> handles =
        a.submitAll(
            List.of(
                request().withIdempotencyKey("order-1"),
                request(),
                request().withIdempotencyKey("order-1")));

    assertThat(handles.get(2).jobId()).isEqualTo(handles.get(0).jobId());
    assertThat(handles.get(1).jobId()).isNotEqualTo(handles.get(0).jobId());
    assertThat(b.submitAll(List.of(request().withIdempotencyKey("order-1"))))
        .extracting(JobHandle::jobId)
        .containsExactly(handles.get(0).jobId());
    assertThatThrownBy(
            () ->
                b.submitAll(
                    List.of(request(), request().withIdempotencyKey("order-1").withLabel("Other"))))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(count("SELECT count(*) FROM reportengine_jobs")).isEqualTo(2);
  }

  @Test
  void doesNameTheIndexOfABadRequestAndQueueNothing() {
    ReportEngine a = submitOnly("engine-a");

    assertThatThrownBy(() -> a.submitAll(List.of(request(), request(), request().withLabel(""))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.pointer()).isEqualTo("/2/label")))
        .hasMessageContaining("request 2: ");
    assertThat(count("SELECT count(*) FROM reportengine_jobs")).isZero();
  }
}
