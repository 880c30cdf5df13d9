package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.JobClaims.ClaimedJob;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.EndingAndClaims;
import dev.reportengine.api.spi.WebhookOutbox.Delivery;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Group commit of job ends ({@link PostgresEndingGroup}): ends that workers save while another end
 * is being committed are written together in one transaction, each fenced by its own job's owner.
 * The first two ends' connections are made slow (borrowing them sleeps), so the others arrive while
 * both are being written ({@link PostgresEndingGroup#MAX_IN_FLIGHT}), as they do while commits wait
 * for the disk.
 */
class PostgresEndingGroupTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final AtomicInteger borrowed = new AtomicInteger();
  private final PostgresReportStore store =
      new PostgresReportStore(firstBorrowsSlow(shared.db().dataSource(), borrowed));

  /** {@code dataSource}, counting the connections borrowed; the first two borrows sleep 600 ms. */
  private static DataSource firstBorrowsSlow(DataSource dataSource, AtomicInteger borrowed) {
    return (DataSource)
        Proxy.newProxyInstance(
            PostgresEndingGroupTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")
                  && borrowed.getAndIncrement() < PostgresEndingGroup.MAX_IN_FLIGHT) {
                Thread.sleep(600);
              }
              try {
                return method.invoke(dataSource, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /**
   * {@code source}, whose connections fail to close when {@code failing} says so at the time they
   * are borrowed (after the statements on them ran).
   */
  private static DataSource closeFailing(
      DataSource source, java.util.function.BooleanSupplier failing) {
    return (DataSource)
        Proxy.newProxyInstance(
            PostgresEndingGroupTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object out;
              try {
                out = method.invoke(source, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (!method.getName().equals("getConnection") || !failing.getAsBoolean()) {
                return out;
              }
              java.sql.Connection real = (java.sql.Connection) out;
              return Proxy.newProxyInstance(
                  PostgresEndingGroupTest.class.getClassLoader(),
                  new Class<?>[] {java.sql.Connection.class},
                  (p2, m2, a2) -> {
                    Object r;
                    try {
                      r = m2.invoke(real, a2);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                    if (m2.getName().equals("close")) {
                      throw new java.sql.SQLException("the test fails the close");
                    }
                    return r;
                  });
            });
  }

  private void queued(String jobId, int seconds) {
    PostgresReportStore plain = new PostgresReportStore(shared.db().dataSource());
    plain.saveRequest(
        jobId, CreateReportJobRequest.of("m", Template.GENERAL_REPORT, TargetSpec.dominant()));
    plain.saveJob(
        JobSnapshot.builder()
            .jobId(jobId)
            .status(JobStatus.QUEUED)
            .createdAt(T0.plusSeconds(seconds))
            .build());
  }

  private ClaimedJob claimed(String jobId, int seconds, String owner) {
    queued(jobId, seconds);
    return new PostgresReportStore(shared.db().dataSource())
        .claim(jobId, owner, LEASE)
        .orElseThrow();
  }

  private static Ending ending(ClaimedJob claimed, String owner, boolean withDelivery) {
    JobSnapshot s = claimed.snapshot();
    JobSnapshot failed =
        JobSnapshot.builder()
            .jobId(s.jobId())
            .status(JobStatus.FAILED)
            .createdAt(s.createdAt())
            .startedAt(T0.plusSeconds(100))
            .finishedAt(T0.plusSeconds(101))
            .error(new JobError(ErrorCode.INTERNAL, "it broke"))
            .build();
    List<JobEvent> events =
        List.of(new JobEvent(s.jobId(), JobStatus.FAILED, Optional.empty(), 0.5, T0));
    Optional<Delivery> delivery =
        withDelivery
            ? Optional.of(
                new Delivery(
                    "msg_" + s.jobId(),
                    s.jobId(),
                    URI.create("http://127.0.0.1:9/hooks"),
                    Map.of(),
                    "{}".getBytes(StandardCharsets.UTF_8),
                    0))
            : Optional.empty();
    return new Ending(failed, owner, events, Optional.empty(), delivery);
  }

  private static String status(String jobId) {
    return shared.db().queryText("SELECT status FROM reportengine_jobs WHERE id = '" + jobId + "'");
  }

  /**
   * Runs the first two, then, once they have begun (each borrowing its slow connection), the
   * others; returns their results in order.
   */
  private static <T> List<Future<T>> together(List<Callable<T>> all) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(all.size());
    try {
      List<Future<T>> results = new ArrayList<>();
      results.add(pool.submit(all.get(0)));
      results.add(pool.submit(all.get(1)));
      Thread.sleep(200);
      for (Callable<T> other : all.subList(2, all.size())) {
        results.add(pool.submit(other));
      }
      for (Future<T> result : results) {
        try {
          result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          // Read by the test through the future.
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Callable<Boolean>> ends(List<ClaimedJob> jobs, String owner) {
    List<Callable<Boolean>> ends = new ArrayList<>();
    for (ClaimedJob job : jobs) {
      ends.add(() -> store.saveEnding(ending(job, owner, true)));
    }
    return ends;
  }

  @Test
  void doesWriteTheEndsThatArriveDuringCommitsInOneTransaction() throws Exception {
    List<ClaimedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      jobs.add(claimed("job_" + i, i, "engine-a"));
    }

    List<Future<Boolean>> saved = together(ends(jobs, "engine-a"));

    for (Future<Boolean> one : saved) {
      assertThat(one.get()).isTrue();
    }
    // The first two ends each alone, then the six that waited for them, together.
    assertThat(store.endingGroup().transactions()).isEqualTo(3);
    assertThat(store.endingGroup().ends()).isEqualTo(8);
    assertThat(borrowed.get()).isEqualTo(3);
    for (int i = 0; i < 8; i++) {
      assertThat(status("job_" + i)).isEqualTo("failed");
      assertThat(store.events("job_" + i)).extracting(JobEvent::status).contains(JobStatus.FAILED);
    }
    assertThat(shared.db().queryText("SELECT count(*) FROM reportengine_webhook_outbox"))
        .isEqualTo("8");
  }

  @Test
  void doesRejectOnlyTheFencedEndOfABatch() throws Exception {
    List<ClaimedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      // job_3 was requeued and claimed by engine-b: engine-a lost its lease.
      jobs.add(claimed("job_" + i, i, i == 3 ? "engine-b" : "engine-a"));
    }

    List<Future<Boolean>> saved = together(ends(jobs, "engine-a"));

    assertThat(saved.get(0).get()).isTrue();
    assertThat(saved.get(1).get()).isTrue();
    assertThat(saved.get(2).get()).isTrue();
    assertThat(saved.get(3).get()).isFalse();
    assertThat(saved.get(4).get()).isTrue();
    assertThat(store.endingGroup().transactions()).isEqualTo(3);
    assertThat(status("job_2")).isEqualTo("failed");
    assertThat(status("job_4")).isEqualTo("failed");
    // The fenced job keeps running under its new owner, with no event nor delivery of the end.
    assertThat(status("job_3")).isEqualTo("running");
    assertThat(shared.db().queryText("SELECT owner FROM reportengine_jobs WHERE id = 'job_3'"))
        .isEqualTo("engine-b");
    assertThat(store.events("job_3")).isEmpty();
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT count(*) FROM reportengine_webhook_outbox WHERE job_id = 'job_3'"))
        .isEqualTo("0");
  }

  @Test
  void doesClaimDistinctJobsForEachEndOfABatch() throws Exception {
    List<Callable<EndingAndClaims>> ends = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ClaimedJob job = claimed("job_" + i, i, "engine-a");
      ends.add(() -> store.saveEndingAndClaim(ending(job, "engine-a", false), LEASE, 2));
    }
    for (int i = 10; i < 22; i++) {
      queued("job_" + i, i);
    }

    List<Future<EndingAndClaims>> done = together(ends);

    Set<String> claimedIds = new HashSet<>();
    for (Future<EndingAndClaims> one : done) {
      assertThat(one.get().saved()).isTrue();
      assertThat(one.get().claimed()).hasSize(2);
      one.get().claimed().forEach(c -> claimedIds.add(c.snapshot().jobId()));
    }
    assertThat(claimedIds).hasSize(10);
    assertThat(store.endingGroup().transactions()).isEqualTo(3);
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT count(*) FROM reportengine_jobs WHERE status = 'running'"
                        + " AND owner = 'engine-a'"))
        .isEqualTo("10");
  }

  /**
   * A statement that fails inside a batch rolls the batch back; each end is then written alone, so
   * the failure is its own end's and the others are saved.
   */
  @Test
  void doesSaveTheOtherEndsOfABatchWhenOneFails() throws Exception {
    shared
        .db()
        .execute(
            "CREATE FUNCTION refuse_job_3() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN IF NEW.job_id = 'job_3' THEN"
                + " RAISE EXCEPTION 'the test refuses the delivery of job_3'; END IF;"
                + " RETURN NEW; END $$;"
                + " CREATE TRIGGER refuse_job_3 BEFORE INSERT ON reportengine_webhook_outbox"
                + " FOR EACH ROW EXECUTE FUNCTION refuse_job_3()");
    List<ClaimedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(claimed("job_" + i, i, "engine-a"));
    }

    List<Future<Boolean>> saved = together(ends(jobs, "engine-a"));

    for (int i : new int[] {0, 1, 2, 4}) {
      assertThat(saved.get(i).get()).isTrue();
      assertThat(status("job_" + i)).isEqualTo("failed");
    }
    assertThatThrownBy(() -> saved.get(3).get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(PostgresStoreException.class)
        .hasMessageContaining("job_3")
        .hasMessageContaining("the test refuses the delivery of job_3");
    assertThat(status("job_3")).isEqualTo("running");
    // The batch of three was rolled back, then each of its ends written alone.
    assertThat(store.endingGroup().ends()).isEqualTo(5);
  }

  /**
   * A batch that committed is saved even when its connection then fails to close: its ends are
   * never written again (they would be fenced out, each reported lost).
   */
  @Test
  void keepsAnEndSavedAloneWhenItsConnectionFailsToClose() {
    DataSource closeFails = closeFailing(shared.db().dataSource(), () -> true);
    ClaimedJob job = claimed("job_alone", 0, "engine-a");

    // The statement committed in auto-commit mode before the close failed: the end is saved, and
    // saying otherwise would make the worker give up a job whose end is in the database.
    assertThat(new PostgresReportStore(closeFails).saveEnding(ending(job, "engine-a", true)))
        .isTrue();
    assertThat(status("job_alone")).isEqualTo("failed");
  }

  @Test
  void doesNotWriteACommittedBatchAgainWhenItsConnectionFailsToClose() throws Exception {
    AtomicInteger borrows = new AtomicInteger();
    DataSource slow = firstBorrowsSlow(shared.db().dataSource(), borrows);
    DataSource closeFails =
        closeFailing(slow, () -> borrows.get() == PostgresEndingGroup.MAX_IN_FLIGHT + 1);
    PostgresReportStore failing = new PostgresReportStore(closeFails);
    List<Callable<Boolean>> ends = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ClaimedJob job = claimed("job_" + i, i, "engine-a");
      ends.add(() -> failing.saveEnding(ending(job, "engine-a", true)));
    }

    List<Future<Boolean>> saved = together(ends);

    for (int i = 0; i < 5; i++) {
      assertThat(saved.get(i).get()).isTrue();
      assertThat(status("job_" + i)).isEqualTo("failed");
    }
    assertThat(failing.endingGroup().transactions()).isEqualTo(3);
    assertThat(failing.endingGroup().ends()).isEqualTo(5);
  }
}
