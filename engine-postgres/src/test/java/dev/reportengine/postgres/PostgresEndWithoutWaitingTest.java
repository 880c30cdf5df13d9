package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.ReportEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker hands its job's end to the store without waiting ({@code JobClaims.saveEndingAsync}) and
 * goes on to its next job; the job's handle, its terminal event and its webhook complete only once
 * the end is committed, and a job whose end was not saved is never reported succeeded. The ends are
 * held in the database: a trigger on the reports makes every report insert wait for an advisory
 * lock the test holds.
 */
class PostgresEndWithoutWaitingTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final long HOLD = 4242;

  /** A lease long enough that no job's lease expires while the test holds its end. */
  private static final ClaimSettings LONG_LEASE =
      new ClaimSettings(Duration.ofSeconds(60), Duration.ofMillis(200), Duration.ofMillis(100));

  private static final String HOLD_REPORTS =
      "CREATE FUNCTION hold_report() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN PERFORM pg_advisory_lock("
          + HOLD
          + "); PERFORM pg_advisory_unlock("
          + HOLD
          + "); RETURN NEW; END $$;"
          + " CREATE TRIGGER hold_report BEFORE INSERT ON reportengine_reports"
          + " FOR EACH ROW EXECUTE FUNCTION hold_report()";

  /** Fails the commit of any transaction that inserted a report (checked at commit). */
  private static final String REFUSE_AT_COMMIT =
      "CREATE FUNCTION refuse_report() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'the test refuses the commit of a report'; END $$;"
          + " CREATE CONSTRAINT TRIGGER refuse_report AFTER INSERT ON reportengine_reports"
          + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_report()";

  private static long count(String sql) {
    return Long.parseLong(shared.db().queryText(sql));
  }

  private static String status(String jobId) {
    return shared.db().queryText("SELECT status FROM reportengine_jobs WHERE id = '" + jobId + "'");
  }

  /** Backends waiting for the test's advisory lock: ends held in the database. */
  private static long heldEnds() {
    return count(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            + " AND objid = "
            + HOLD);
  }

  /**
   * The test's advisory lock ({@link #HOLD}), taken on a connection of its own: every end holds
   * until {@link #release}. Closing it releases the lock too, whether the test got that far or an
   * assertion failed before: the connection goes back to its pool, whose session would keep the
   * lock, and the ends held, so that the engine's close would wait for them.
   */
  private static final class HeldEnds implements AutoCloseable {
    private final Connection connection;
    private final Statement statement;

    HeldEnds() throws SQLException {
      connection = shared.db().dataSource().getConnection();
      try {
        statement = connection.createStatement();
        statement.execute("SELECT pg_advisory_lock(" + HOLD + ")");
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    }

    /** Lets the ends go: releases the lock (again, harmlessly, once released). */
    void release() throws SQLException {
      statement.execute("SELECT pg_advisory_unlock_all()");
    }

    @Override
    public void close() throws SQLException {
      try {
        release();
      } finally {
        try {
          statement.close();
        } finally {
          connection.close();
        }
      }
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("still not true after 60 s: " + what);
      }
      Thread.sleep(10);
    }
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  /**
   * An engine with {@code parallelism} workers: as many ends as workers may wait to be saved
   * without their workers waiting for them (beyond that a worker waits for its end).
   */
  private ReportEngine engine(AtomicReference<PostgresReportStore> store, int parallelism) {
    return shared.engine(
        "engine",
        ds -> {
          store.set(new PostgresReportStore(ds));
          return store.get();
        },
        new ReplicaChild.Slow(1),
        b -> b.parallelism(parallelism).claimSettings(LONG_LEASE));
  }

  /**
   * Submits {@code jobs} jobs one after another, each once the ends of those before it are held in
   * the database or waiting for a transaction slot: so each of the store's two writers holds one
   * end, and the ends after them wait, whatever the timing of the engine's workers (ends that
   * arrive together could share a writer's transaction).
   */
  private static List<JobHandle> submitOneByOne(
      ReportEngine engine, PostgresReportStore store, int jobs) throws Exception {
    List<JobHandle> handles = new ArrayList<>();
    for (int i = 1; i <= jobs; i++) {
      handles.add(engine.submit(request()));
      int ends = i;
      awaitTrue(
          () -> heldEnds() + store.endingGroup().waiting() == ends, ends + " ends held or waiting");
    }
    return handles;
  }

  @Test
  void doesNotCompleteAHandleBeforeItsEndIsCommitted() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 2);
    try (HeldEnds held = new HeldEnds()) {
      List<JobHandle> handles = submitOneByOne(engine, store.get(), 2);
      List<JobEvent> seen = new CopyOnWriteArrayList<>();
      handles.get(0).onEvent(seen::add);

      // Two ends held in the database at once, neither worker waiting for its end (a worker
      // waiting for its end would hold its job, whose snapshot could not be read meanwhile).
      awaitTrue(() -> heldEnds() == 2, "both ends held");
      for (JobHandle handle : handles) {
        assertThat(handle.future()).isNotDone();
        assertThat(handle.snapshot().status()).isEqualTo(JobStatus.RUNNING);
        assertThat(status(handle.jobId())).isEqualTo("running");
        assertThat(engine.job(handle.jobId()).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
      }
      assertThat(seen).extracting(JobEvent::status).doesNotContain(JobStatus.SUCCEEDED);

      held.release();
      for (JobHandle handle : handles) {
        assertThat(handle.await(Duration.ofSeconds(30)).jobId()).contains(handle.jobId());
        assertThat(status(handle.jobId())).isEqualTo("succeeded");
        assertThat(handle.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
      }
      awaitTrue(
          () -> seen.stream().anyMatch(e -> e.status() == JobStatus.SUCCEEDED),
          "the terminal event published");
    }
  }

  @Test
  void doesNotReportSuccessWhenTheCommitOfItsEndFails() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    shared.db().execute(REFUSE_AT_COMMIT);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 5);
    List<JobHandle> handles;
    try (HeldEnds held = new HeldEnds()) {
      handles = submitOneByOne(engine, store.get(), 5);
      // Two ends held in the database, the three others waiting for them: written together in
      // one transaction once the test lets go, whose commit fails.
      awaitTrue(
          () -> heldEnds() == 2 && store.get().endingGroup().waiting() == 3,
          "two ends held, three waiting");
      held.release();
    }

    for (JobHandle handle : handles) {
      assertThatThrownBy(() -> handle.await(Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(
              JobFailedException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.UNAVAILABLE));
      assertThat(handle.snapshot().status()).isEqualTo(JobStatus.FAILED);
      assertThat(status(handle.jobId())).isEqualTo("running");
    }
    assertThat(count("SELECT count(*) FROM reportengine_reports")).isZero();
    assertThat(count("SELECT count(*) FROM reportengine_events WHERE status = 'succeeded'"))
        .isZero();
  }

  /**
   * A callback chained on a handle runs where the handle completes, a writer of the store's group
   * commit: one that waits for another job, whose end is still waiting to be written, must not keep
   * the writer's transaction slot from that end. Two ends are committed at once, each settled by
   * its own writer, and each one's callback awaits the third job; with the writers holding both
   * slots while they settle, no end would ever be written again. (The timeout guards a hang.)
   */
  @Test
  void doesNotHangWhenAHandleCallbackAwaitsAnotherJobWhoseEndIsWaiting() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 3);
    List<JobHandle> handles;
    List<CompletableFuture<String>> callbacks = new ArrayList<>();
    try (HeldEnds held = new HeldEnds()) {
      handles = submitOneByOne(engine, store.get(), 3);
      JobHandle third = handles.get(2);
      for (JobHandle handle : handles.subList(0, 2)) {
        callbacks.add(
            handle
                .future()
                .thenApply(report -> third.await(Duration.ofSeconds(45)).jobId().orElseThrow()));
      }
      // The first two ends held in the database, each by its own writer (both slots), the third
      // waiting for a slot.
      awaitTrue(
          () -> heldEnds() == 2 && store.get().endingGroup().waiting() == 1,
          "two ends held, one waiting");
      held.release();
    }

    List<JobHandle> ended = handles;
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (CompletableFuture<String> callback : callbacks) {
            assertThat(callback.get()).isEqualTo(ended.get(2).jobId());
          }
          for (JobHandle handle : ended) {
            assertThat(handle.await(Duration.ofSeconds(30)).jobId()).contains(handle.jobId());
            assertThat(status(handle.jobId())).isEqualTo("succeeded");
          }
        });
  }

  /**
   * A job's end saved by a writer of the store's group commit is published on the engine's event
   * threads, not on the writer: a handle callback (and the observer, the webhook hand-off) that
   * blocks or waits for another end never holds a writer.
   */
  @Test
  void doesNotRunHandleCallbacksOnTheStoresWriterThread() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 1);
    AtomicReference<String> thread = new AtomicReference<>();
    JobHandle handle;
    try (HeldEnds held = new HeldEnds()) {
      handle = engine.submit(request());
      handle.future().whenComplete((report, failure) -> thread.set(currentThread()));
      awaitTrue(() -> heldEnds() == 1, "the end held");
      held.release();
    }
    assertThat(handle.await(Duration.ofSeconds(30)).jobId()).contains(handle.jobId());
    awaitTrue(() -> thread.get() != null, "the callback run");
    assertThat(thread.get()).doesNotStartWith("reportengine-postgres-end-writer");
  }

  private static String currentThread() {
    return Thread.currentThread().getName();
  }

  /**
   * A worker that handed its job's end to the store claims the engine's free workers, its own
   * included, and holds them until its claim returns: the poll, meanwhile, does not count them free
   * and claims nothing, so the engine never runs more jobs than its parallelism. The worker's claim
   * is held in flight for a while (on its connection, before the statement), long enough for
   * several polls.
   */
  @Test
  @Timeout(120)
  void doesNotClaimMoreJobsThanWorkersWhileAWorkerClaims() throws Exception {
    AtomicBoolean holdNext = new AtomicBoolean(true);
    AtomicBoolean workerClaiming = new AtomicBoolean();
    AtomicInteger claimsMeanwhile = new AtomicInteger();
    ReportEngine engine =
        shared.engine(
            "engine",
            ds ->
                new PostgresReportStore(
                    claimsHeld(
                        ds,
                        () -> {
                          if (Thread.currentThread().getName().startsWith("report-engine-worker-")
                              && holdNext.compareAndSet(true, false)) {
                            workerClaiming.set(true);
                            sleep(1_500);
                            workerClaiming.set(false);
                          } else if (workerClaiming.get()) {
                            claimsMeanwhile.incrementAndGet();
                          }
                        })),
            new ReplicaChild.Slow(1),
            b -> b.parallelism(1).claimSettings(LONG_LEASE));

    List<JobHandle> handles = engine.submitAll(List.of(request(), request(), request()));
    for (JobHandle handle : handles) {
      assertThat(handle.await(Duration.ofSeconds(60)).jobId()).contains(handle.jobId());
    }
    assertThat(holdNext).isFalse();
    assertThat(claimsMeanwhile).hasValue(0);
  }

  /**
   * A job whose end waits (held before its statement, so its row is not locked) past its lease is
   * queued again, and this engine claims it again as a new attempt, a new copy of the job under the
   * same id and owner. The new copy holds the engine's only worker: the poll claims nothing more
   * while it runs, although the old copy's end is still being saved (the workers of ending jobs are
   * counted free by copy, not by id, review finding 5). Once saved, the old end is fenced out (its
   * attempt is no longer the job's): its handle fails {@code unavailable}, nothing of it is saved,
   * and the new attempt's end is the one the store keeps.
   */
  @Test
  @Timeout(120)
  void doesNotCountAJobClaimedAgainAsEndingWhileItsEarlierEndWaits() throws Exception {
    CountDownLatch endHeld = new CountDownLatch(1);
    CountDownLatch letEndGo = new CountDownLatch(1);
    AtomicBoolean holdNext = new AtomicBoolean(true);
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch secondRunning = new CountDownLatch(1);
    CountDownLatch letSecondGo = new CountDownLatch(1);
    ReportEngine engine =
        shared.engine(
            "engine",
            ds ->
                new PostgresReportStore(
                    statementsHeld(
                        ds,
                        "WITH ended",
                        () -> {
                          if (holdNext.compareAndSet(true, false)) {
                            endHeld.countDown();
                            awaitQuietly(letEndGo);
                          }
                        })),
            new ReplicaChild.Slow(1) {
              @Override
              public ReportContent build(TemplateContext context) {
                if (builds.incrementAndGet() == 2) {
                  secondRunning.countDown();
                  awaitQuietly(letSecondGo);
                }
                return super.build(context);
              }
            },
            b ->
                b.parallelism(1)
                    .claimSettings(
                        new ClaimSettings(
                            Duration.ofSeconds(1),
                            Duration.ofMillis(100),
                            Duration.ofMillis(100))));
    try {
      JobHandle first = engine.submit(request());
      String jobId = first.jobId();
      assertThat(endHeld.await(30, TimeUnit.SECONDS)).as("the first end held").isTrue();
      assertThat(secondRunning.await(30, TimeUnit.SECONDS)).as("claimed and run again").isTrue();
      assertThat(count("SELECT attempt FROM reportengine_jobs WHERE id = '" + jobId + "'"))
          .isEqualTo(2);

      JobHandle other = engine.submit(request());
      Thread.sleep(1_000); // Ten polls, each of which would claim it if a worker counted free.
      assertThat(status(other.jobId()))
          .as("not claimed: the only worker is busy")
          .isEqualTo("queued");

      letEndGo.countDown();
      assertThatThrownBy(() -> first.await(Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(
              JobFailedException.class,
              e -> assertThat(e.error().code()).isEqualTo(ErrorCode.UNAVAILABLE));
      assertThat(status(jobId)).isEqualTo("running");

      letSecondGo.countDown();
      assertThat(other.await(Duration.ofSeconds(30)).jobId()).contains(other.jobId());
      awaitTrue(() -> "succeeded".equals(status(jobId)), "the second attempt's end saved");
      assertThat(
              count(
                  "SELECT count(*) FROM reportengine_events WHERE job_id = '"
                      + jobId
                      + "' AND status = 'succeeded'"))
          .isOne();
    } finally {
      letEndGo.countDown();
      letSecondGo.countDown();
    }
  }

  /**
   * No more ends wait to be saved without their workers than the engine has workers (review finding
   * 8): with one worker, the first job's end is handed to the store and held in the database; the
   * second's, beyond the cap, is saved by its worker, which waits for it (held too) instead of
   * running the third job meanwhile, whose end would be one more waiting.
   */
  @Test
  @Timeout(120)
  void doesNotLeaveMoreEndsWaitingThanWorkers() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 1);
    List<JobHandle> handles;
    try (HeldEnds held = new HeldEnds()) {
      handles = engine.submitAll(List.of(request(), request(), request()));
      awaitTrue(() -> heldEnds() == 2, "two ends held");
      Thread.sleep(1_000); // Time for the worker to run the third job, if it did not wait.

      assertThat(store.get().endingGroup().waiting()).isZero();
      assertThat(status(handles.get(2).jobId())).isEqualTo("queued");
      held.release();
    }
    for (JobHandle handle : handles) {
      assertThat(handle.await(Duration.ofSeconds(30)).jobId()).contains(handle.jobId());
      assertThat(status(handle.jobId())).isEqualTo("succeeded");
    }
  }

  /** Waits for {@code latch} for at most 60 s, keeping the interrupt flag. */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A data source that runs {@code onClaim} before each claim of queued jobs is prepared. */
  private static DataSource claimsHeld(DataSource delegate, Runnable onClaim) {
    return statementsHeld(delegate, "WITH next AS (", onClaim);
  }

  /**
   * A data source that runs {@code before} before each statement whose text starts with {@code
   * prefix} is prepared.
   */
  private static DataSource statementsHeld(DataSource delegate, String prefix, Runnable before) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, delegate, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection real = (Connection) result;
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (c, m, a) -> {
                    if (m.getName().equals("prepareStatement")
                        && ((String) a[0]).startsWith(prefix)) {
                      before.run();
                    }
                    return invoke(m, real, a);
                  });
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * A job whose worker finishes it after the engine handed its jobs back to the store (closed
   * without a grace period: the build, interrupted, still returns its report) is not saved by this
   * engine, and runs again where it is claimed next: its handle does not report it succeeded, it
   * fails {@code unavailable}.
   */
  @Test
  void doesNotReportSuccessForAnEndAfterTheJobWasHandedBack() throws Exception {
    ReportEngine engine =
        shared.engine(
            "engine",
            new ReplicaChild.Slow(5_000),
            b -> b.parallelism(1).claimSettings(LONG_LEASE));
    JobHandle handle = engine.submit(request());
    awaitTrue(() -> "running".equals(status(handle.jobId())), "the job running");

    engine.close(Duration.ZERO);

    assertThatThrownBy(() -> handle.await(Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(
            JobFailedException.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.UNAVAILABLE));
    assertThat(handle.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(status(handle.jobId())).isEqualTo("queued");
    assertThat(count("SELECT count(*) FROM reportengine_reports")).isZero();
  }

  /**
   * A cancel of a job whose end is still waiting to be saved is passed on to the store, which still
   * has the job running: it is recorded there, so that, should the end not be saved, the engine
   * that runs the job again cancels it.
   */
  @Test
  void doesRecordTheCancelOfAJobWhoseEndIsWaitingToBeSaved() throws Exception {
    shared.db().execute(HOLD_REPORTS);
    AtomicReference<PostgresReportStore> store = new AtomicReference<>();
    ReportEngine engine = engine(store, 3);
    List<JobHandle> handles;
    try (HeldEnds held = new HeldEnds()) {
      handles = submitOneByOne(engine, store.get(), 3);
      // The first two ends held in the database, the third waiting for a transaction slot.
      awaitTrue(
          () -> heldEnds() == 2 && store.get().endingGroup().waiting() == 1,
          "two ends held, one waiting");
      String third = handles.get(2).jobId();

      assertThat(engine.cancel(third)).isTrue();
      assertThat(
              shared
                  .db()
                  .queryText(
                      "SELECT cancel_requested FROM reportengine_jobs WHERE id = '" + third + "'"))
          .isIn("t", "true");
      held.release();
    }
    for (JobHandle handle : handles) {
      assertThat(handle.await(Duration.ofSeconds(30)).jobId()).contains(handle.jobId());
    }
  }
}
