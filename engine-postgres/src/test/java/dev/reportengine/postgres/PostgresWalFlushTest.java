package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.JobClaims.ClaimedJob;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.Enqueue;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which of the store's commits wait for the disk, on a server with PostgreSQL's own durability
 * settings ({@code fsync} and {@code synchronous_commit} on): counted with {@code
 * pg_stat_wal.wal_sync}, the WAL flushes of the whole server (the WAL writer's included). A durable
 * commit run alone waits for a flush of its own, so a run of them one after another counts at least
 * one flush each; a commit that does not wait leaves its WAL to the WAL writer, which flushes what
 * has gathered every 200 ms ({@code wal_writer_delay}).
 */
class PostgresWalFlushTest {

  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static EmbeddedDatabase db;
  private PostgresReportStore store;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.startDurable(6);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @BeforeEach
  void freshSchema() {
    db.dropSchema();
    PostgresMigrations.apply(db.dataSource());
    store = new PostgresReportStore(db.dataSource());
  }

  private static Enqueue enqueue(String jobId, int seconds) {
    return new Enqueue(
        JobSnapshot.builder()
            .jobId(jobId)
            .status(JobStatus.QUEUED)
            .createdAt(T0.plusSeconds(seconds))
            .build(),
        CreateReportJobRequest.of("m.json", Template.GENERAL_REPORT, TargetSpec.dominant()),
        Optional.empty(),
        10_000);
  }

  /**
   * The server's WAL flushes so far, once every backend has reported: a backend sends its counters
   * when it has been idle for about half a second, so this waits, then reads a fresh snapshot.
   */
  private static long walFlushes() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    db.execute("SELECT pg_stat_clear_snapshot()");
    return Long.parseLong(db.queryText("SELECT wal_sync FROM pg_stat_wal"));
  }

  @Test
  void runsOnAServerThatFlushesItsWalAtEveryDurableCommit() {
    assertThat(db.queryText("SHOW fsync")).isEqualTo("on");
    assertThat(db.queryText("SHOW synchronous_commit")).isEqualTo("on");
  }

  @Test
  void doesWaitForTheDiskToQueueAJob() {
    int jobs = 60;
    long before = walFlushes();

    for (int i = 0; i < jobs; i++) {
      assertThat(store.enqueue(enqueue(String.format("job_%03d", i), i))).isTrue();
    }

    assertThat(walFlushes() - before).isGreaterThanOrEqualTo(jobs);
  }

  /**
   * A store whose enqueues, when they ask for their flush ({@code pg_logical_emit_message}), add to
   * {@code locksAtFlush} how many of the queue's advisory locks another connection sees held.
   */
  private PostgresReportStore countingQueueLocksAtFlush(List<Long> locksAtFlush) {
    DataSource watched =
        watching(
            db.dataSource(),
            "pg_logical_emit_message",
            () ->
                locksAtFlush.add(
                    Long.parseLong(
                        db.queryText(
                            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                + " AND classid = "
                                + PostgresEnqueue.LOCK_CLASS))));
    return new PostgresReportStore(watched);
  }

  /**
   * A batch ({@code enqueueAll}) waits for one flush, not one per job: 10 batches of 20 jobs take
   * at least 10 flushes (each batch's own) and far fewer than 200; the flush is asked once per
   * batch, after the queue's lock was released.
   */
  @Test
  void doesWaitForOneFlushToQueueABatch() {
    List<Long> locksAtFlush = new ArrayList<>();
    PostgresReportStore watchedStore = countingQueueLocksAtFlush(locksAtFlush);
    long before = walFlushes();

    for (int b = 0; b < 10; b++) {
      List<Enqueue> batch = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        batch.add(enqueue(String.format("job_%02d_%02d", b, i), b * 20 + i));
      }
      assertThat(watchedStore.enqueueAll(batch)).isEqualTo(20);
    }

    long flushes = walFlushes() - before;
    assertThat(flushes).isBetween(10L, 60L);
    assertThat(locksAtFlush).hasSize(10).containsOnly(0L);
    assertThat(db.queryText("SELECT count(*) FROM reportengine_jobs WHERE status = 'queued'"))
        .isEqualTo("200");
  }

  /** A batch that does not fit under the bound saves nothing, whatever its size: all or none. */
  @Test
  void doesQueueNoneOfABatchOverTheBound() {
    List<Enqueue> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(bounded(enqueue("job_a" + i, i), 4));
    }
    assertThat(store.enqueueAll(three)).isEqualTo(3);
    List<Enqueue> two =
        List.of(bounded(enqueue("job_b0", 10), 4), bounded(enqueue("job_b1", 11), 4));

    assertThat(store.enqueueAll(two)).isZero();
    assertThat(store.enqueueAll(two.subList(0, 1))).isEqualTo(1);
    List<Enqueue> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(bounded(enqueue("job_c" + i, 20 + i), 4));
    }
    db.execute("DELETE FROM reportengine_jobs");
    assertThat(store.enqueueAll(five)).isZero();
    assertThat(db.queryText("SELECT count(*) FROM reportengine_jobs")).isEqualTo("0");
    assertThat(
            db.queryText("SELECT count(*) FROM reportengine_requests WHERE job_id LIKE 'job_c%'"))
        .isEqualTo("0");
  }

  private static Enqueue bounded(Enqueue job, int bound) {
    return new Enqueue(job.queued(), job.request(), job.event(), bound);
  }

  /**
   * The queue's advisory lock is released before the enqueue waits for its flush: held across it,
   * as a durable commit holds its locks, it let the enqueues of every engine together wait for one
   * flush per job. Another connection looks for the lock when the enqueue sends its flush.
   */
  @Test
  void doesReleaseTheQueueLockBeforeWaitingForTheDisk() {
    List<Long> locksAtFlush = new ArrayList<>();
    PostgresReportStore watchedStore = countingQueueLocksAtFlush(locksAtFlush);
    assertThat(watchedStore.enqueue(enqueue("job_a", 0))).isTrue();
    assertThat(watchedStore.enqueue(enqueue("job_b", 1))).isTrue();

    assertThat(locksAtFlush).containsExactly(0L, 0L);
  }

  /**
   * {@code dataSource}, whose connections run {@code probe} when a statement containing {@code
   * marker} is prepared, before it is sent.
   */
  private static DataSource watching(DataSource dataSource, String marker, Runnable probe) {
    InvocationHandler sources =
        (proxy, method, args) -> {
          Object result = invoke(method, dataSource, args);
          if (result instanceof Connection c) {
            return Proxy.newProxyInstance(
                PostgresWalFlushTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (p, m, a) -> {
                  if (m.getName().equals("prepareStatement")
                      && a != null
                      && a[0] instanceof String sql
                      && sql.contains(marker)) {
                    probe.run();
                  }
                  return invoke(m, c, a);
                });
          }
          return result;
        };
    return (DataSource)
        Proxy.newProxyInstance(
            PostgresWalFlushTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            sources);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void doesWaitForTheDiskToSaveAJobsEnd() {
    int jobs = 60;
    for (int i = 0; i < jobs; i++) {
      assertThat(store.enqueue(enqueue(String.format("job_%03d", i), i))).isTrue();
    }
    List<ClaimedJob> claimed = store.claim("engine-a", LEASE, jobs);
    assertThat(claimed).hasSize(jobs);
    long before = walFlushes();

    for (ClaimedJob job : claimed) {
      JobSnapshot done =
          job.snapshot().toBuilder()
              .status(JobStatus.SUCCEEDED)
              .startedAt(Optional.of(T0))
              .finishedAt(Optional.of(T0.plusSeconds(1)))
              .build();
      assertThat(
              store.saveEnding(
                  new Ending(done, "engine-a", List.of(), Optional.empty(), Optional.empty())))
          .isTrue();
    }

    assertThat(walFlushes() - before).isGreaterThanOrEqualTo(jobs);
  }

  @Test
  void doesNotWaitForTheDiskToClaimAJob() {
    int jobs = 120;
    for (int i = 0; i < jobs; i++) {
      assertThat(store.enqueue(enqueue(String.format("job_%03d", i), i))).isTrue();
    }
    long before = walFlushes();

    for (int i = 0; i < jobs; i++) {
      assertThat(store.claim("engine-a", LEASE, 1)).hasSize(1);
    }

    // One flush each if every claim waited for one; the WAL writer's, every 200 ms, if none did.
    assertThat(walFlushes() - before).isLessThan(jobs / 2);
    assertThat(db.queryText("SELECT count(*) FROM reportengine_jobs WHERE status = 'running'"))
        .isEqualTo(String.valueOf(jobs));
  }
}
