package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The first end's connection is made slow (its borrowing sleeps), so the others arrive while it is
 * being written, as they do while a commit waits for the disk.
 */
class PostgresEndingGroupTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final AtomicInteger borrowed = new AtomicInteger();
  private final PostgresReportStore store =
      new PostgresReportStore(firstBorrowSlow(shared.db().dataSource(), borrowed));

  /** {@code dataSource}, counting the connections borrowed; the first borrow sleeps 600 ms. */
  private static DataSource firstBorrowSlow(DataSource dataSource, AtomicInteger borrowed) {
    return (DataSource)
        Proxy.newProxyInstance(
            PostgresEndingGroupTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && borrowed.getAndIncrement() == 0) {
                Thread.sleep(600);
              }
              try {
                return method.invoke(dataSource, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
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
   * Runs {@code first}, then, once it has begun (borrowing its slow connection), the others;
   * returns their results in order.
   */
  private static <T> List<Future<T>> together(Callable<T> first, List<Callable<T>> others)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(others.size() + 1);
    try {
      List<Future<T>> results = new ArrayList<>();
      results.add(pool.submit(first));
      Thread.sleep(200);
      for (Callable<T> other : others) {
        results.add(pool.submit(other));
      }
      for (Future<T> result : results) {
        try {
          result.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          // Read by the test through the future.
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void doesWriteTheEndsThatArriveDuringACommitInOneTransaction() throws Exception {
    List<ClaimedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      jobs.add(claimed("job_" + i, i, "engine-a"));
    }
    List<Callable<Boolean>> others = new ArrayList<>();
    for (ClaimedJob job : jobs.subList(1, 8)) {
      others.add(() -> store.saveEnding(ending(job, "engine-a", true)));
    }

    List<Future<Boolean>> saved =
        together(() -> store.saveEnding(ending(jobs.get(0), "engine-a", true)), others);

    for (Future<Boolean> one : saved) {
      assertThat(one.get()).isTrue();
    }
    // The first end alone, then the seven that waited for it, together: two transactions.
    assertThat(store.endingGroup().transactions()).isEqualTo(2);
    assertThat(store.endingGroup().ends()).isEqualTo(8);
    assertThat(borrowed.get()).isEqualTo(2);
    for (int i = 0; i < 8; i++) {
      assertThat(status("job_" + i)).isEqualTo("failed");
      assertThat(store.events("job_" + i)).extracting(JobEvent::status).contains(JobStatus.FAILED);
    }
    assertThat(shared.db().queryText("SELECT count(*) FROM reportengine_webhook_outbox"))
        .isEqualTo("8");
  }

  @Test
  void doesRejectOnlyTheFencedEndOfABatch() throws Exception {
    ClaimedJob first = claimed("job_0", 0, "engine-a");
    List<ClaimedJob> mine =
        List.of(claimed("job_1", 1, "engine-a"), claimed("job_3", 3, "engine-a"));
    // job_2 was requeued and claimed by engine-b: engine-a lost its lease.
    ClaimedJob lost = claimed("job_2", 2, "engine-b");
    List<Callable<Boolean>> others = new ArrayList<>();
    others.add(() -> store.saveEnding(ending(mine.get(0), "engine-a", true)));
    others.add(() -> store.saveEnding(ending(lost, "engine-a", true)));
    others.add(() -> store.saveEnding(ending(mine.get(1), "engine-a", true)));

    List<Future<Boolean>> saved =
        together(() -> store.saveEnding(ending(first, "engine-a", false)), others);

    assertThat(saved.get(0).get()).isTrue();
    assertThat(saved.get(1).get()).isTrue();
    assertThat(saved.get(2).get()).isFalse();
    assertThat(saved.get(3).get()).isTrue();
    assertThat(store.endingGroup().transactions()).isEqualTo(2);
    assertThat(status("job_1")).isEqualTo("failed");
    assertThat(status("job_3")).isEqualTo("failed");
    // The fenced job keeps running under its new owner, with no event nor delivery of the end.
    assertThat(status("job_2")).isEqualTo("running");
    assertThat(shared.db().queryText("SELECT owner FROM reportengine_jobs WHERE id = 'job_2'"))
        .isEqualTo("engine-b");
    assertThat(store.events("job_2")).isEmpty();
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT count(*) FROM reportengine_webhook_outbox WHERE job_id = 'job_2'"))
        .isEqualTo("0");
  }

  @Test
  void doesClaimDistinctJobsForEachEndOfABatch() throws Exception {
    ClaimedJob first = claimed("job_0", 0, "engine-a");
    List<ClaimedJob> running = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      running.add(claimed("job_" + i, i, "engine-a"));
    }
    for (int i = 10; i < 20; i++) {
      queued("job_" + i, i);
    }
    List<Callable<EndingAndClaims>> others = new ArrayList<>();
    for (ClaimedJob job : running) {
      others.add(() -> store.saveEndingAndClaim(ending(job, "engine-a", false), LEASE, 2));
    }

    List<Future<EndingAndClaims>> done =
        together(
            () -> store.saveEndingAndClaim(ending(first, "engine-a", false), LEASE, 2), others);

    Set<String> claimedIds = new HashSet<>();
    for (Future<EndingAndClaims> one : done) {
      assertThat(one.get().saved()).isTrue();
      assertThat(one.get().claimed()).hasSize(2);
      one.get().claimed().forEach(c -> claimedIds.add(c.snapshot().jobId()));
    }
    assertThat(claimedIds).hasSize(8);
    assertThat(store.endingGroup().transactions()).isEqualTo(2);
    assertThat(
            shared
                .db()
                .queryText(
                    "SELECT count(*) FROM reportengine_jobs WHERE status = 'running'"
                        + " AND owner = 'engine-a'"))
        .isEqualTo("8");
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
            "CREATE FUNCTION refuse_job_2() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN IF NEW.job_id = 'job_2' THEN"
                + " RAISE EXCEPTION 'the test refuses the delivery of job_2'; END IF;"
                + " RETURN NEW; END $$;"
                + " CREATE TRIGGER refuse_job_2 BEFORE INSERT ON reportengine_webhook_outbox"
                + " FOR EACH ROW EXECUTE FUNCTION refuse_job_2()");
    List<ClaimedJob> jobs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      jobs.add(claimed("job_" + i, i, "engine-a"));
    }
    List<Callable<Boolean>> others = new ArrayList<>();
    for (ClaimedJob job : jobs.subList(1, 4)) {
      others.add(() -> store.saveEnding(ending(job, "engine-a", true)));
    }

    List<Future<Boolean>> saved =
        together(() -> store.saveEnding(ending(jobs.get(0), "engine-a", true)), others);

    assertThat(saved.get(0).get()).isTrue();
    assertThat(saved.get(1).get()).isTrue();
    assertThat(saved.get(3).get()).isTrue();
    try {
      saved.get(2).get();
      throw new AssertionError("the end of job_2 should have failed");
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause())
          .isInstanceOf(PostgresStoreException.class)
          .hasMessageContaining("job_2")
          .hasMessageContaining("the test refuses the delivery of job_2");
    }
    assertThat(status("job_1")).isEqualTo("failed");
    assertThat(status("job_2")).isEqualTo("running");
    assertThat(status("job_3")).isEqualTo("failed");
  }
}
