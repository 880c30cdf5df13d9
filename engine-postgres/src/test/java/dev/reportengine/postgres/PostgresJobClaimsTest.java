package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.JobClaims.ClaimedJob;
import dev.reportengine.api.spi.JobClaims.EndedJob;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.Lease;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL of the claim queue ({@code JobClaims}) on a real PostgreSQL server. */
class PostgresJobClaimsTest {

  private static final Duration LEASE = Duration.ofSeconds(30);
  private static EmbeddedDatabase db;
  private PostgresReportStore store;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(12);
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

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private void queue(String jobId, int seconds) {
    store.saveRequest(
        jobId, CreateReportJobRequest.of("m.json", Template.GENERAL_REPORT, TargetSpec.dominant()));
    store.saveJob(
        JobSnapshot.builder()
            .jobId(jobId)
            .status(JobStatus.QUEUED)
            .createdAt(T0.plusSeconds(seconds))
            .build());
  }

  @Test
  void doesClaimEveryQueuedJobExactlyOnceAcrossEightConcurrentClaimers() throws Exception {
    int jobs = 2000;
    for (int i = 0; i < jobs; i++) {
      queue(String.format("job_%05d", i), i);
    }
    Map<String, String> claimedBy = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String owner = "owner-" + t;
      done.add(
          pool.submit(
              () -> {
                go.await();
                int mine = 0;
                while (true) {
                  List<ClaimedJob> got = store.claim(owner, LEASE, 7);
                  if (got.isEmpty()) {
                    return mine;
                  }
                  for (ClaimedJob c : got) {
                    assertThat(c.request()).isNotNull();
                    assertThat(c.attempt()).isEqualTo(1);
                    if (claimedBy.putIfAbsent(c.snapshot().jobId(), owner) != null) {
                      duplicates.incrementAndGet();
                    }
                    mine++;
                  }
                }
              }));
    }
    go.countDown();
    int total = 0;
    int claimers = 0;
    for (Future<Integer> f : done) {
      int n = f.get();
      total += n;
      claimers += n > 0 ? 1 : 0;
    }
    pool.shutdown();

    assertThat(duplicates.get()).isZero();
    assertThat(total).isEqualTo(jobs);
    assertThat(claimedBy).hasSize(jobs);
    assertThat(claimers).as("claimers that got at least one job").isGreaterThan(1);
    assertThat(store.claim("late", LEASE, 10)).isEmpty();
    System.out.println("claimed " + total + " jobs with 8 claimers, duplicates: " + duplicates);
  }

  @Test
  void doesClaimOldestFirstAndByIdOnlyWhenQueued() {
    queue("job_b", 2);
    queue("job_a", 1);
    queue("job_c", 3);
    assertThat(store.claim("x", LEASE, 2))
        .extracting(c -> c.snapshot().jobId())
        .containsExactly("job_a", "job_b");
    assertThat(store.claim("job_a", "y", LEASE)).isEmpty();
    assertThat(store.claim("job_c", "y", LEASE)).isPresent();
    assertThat(store.claim("job_c", "z", LEASE)).isEmpty();
  }

  @Test
  void doesClaimByPriorityThenAge() {
    // No request sets a priority (the v1 contract has none; every job is saved with 0); the claim
    // orders by the column all the same, which this test sets by hand.
    queue("job_old", 1);
    queue("job_young", 2);
    queue("job_youngest", 3);
    db.execute("UPDATE reportengine_jobs SET priority = 5 WHERE id = 'job_youngest'");

    assertThat(store.claim("x", LEASE, 1))
        .extracting(c -> c.snapshot().jobId())
        .containsExactly("job_youngest");
    assertThat(store.claim("x", LEASE, 2))
        .extracting(c -> c.snapshot().jobId())
        .containsExactly("job_old", "job_young");
  }

  @Test
  void doesRequeueAnExpiredLeaseForAnotherOwnerAndStopTheHeartbeatOfTheFirst() throws Exception {
    queue("job_1", 1);
    ClaimedJob first = store.claim("a", Duration.ofMillis(1), 5).get(0);
    assertThat(first.attempt()).isEqualTo(1);
    Thread.sleep(20);
    assertThat(store.claim("b", LEASE, 5)).as("a running job is not claimable").isEmpty();

    assertThat(store.saveClaimed(running(first.snapshot()), "a")).isTrue();
    assertThat(store.job("job_1").orElseThrow().status()).isEqualTo(JobStatus.RUNNING);

    assertThat(store.requeueExpired(3)).isEqualTo(1);
    assertThat(store.requeueExpired(3)).isZero();
    assertThat(store.job("job_1").orElseThrow().status())
        .as("the requeued snapshot says queued too")
        .isEqualTo(JobStatus.QUEUED);
    assertThat(store.jobs(JobQuery.all().withStatuses(Set.of(JobStatus.QUEUED))).jobs())
        .extracting(JobSnapshot::jobId)
        .containsExactly("job_1");
    ClaimedJob second = store.claim("b", LEASE, 5).get(0);

    assertThat(second.snapshot().jobId()).isEqualTo("job_1");
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(store.heartbeat("job_1", "a", LEASE)).isEqualTo(Lease.LOST);
    assertThat(store.heartbeat("job_1", "b", LEASE)).isEqualTo(Lease.HELD);
    JobSnapshot running = running(first.snapshot());
    assertThat(store.saveClaimed(running, "a")).as("a lost its lease: fenced").isFalse();
    assertThat(store.saveClaimed(running, "b")).isTrue();
    assertThat(store.requeueExpired(3)).as("b's lease is live").isZero();
  }

  @Test
  void doesHandOverAJobForFailureOnceItsLeaseExpiredTheLastAllowedTime() throws Exception {
    queue("job_1", 1);
    store.claim("dead-1", Duration.ofMillis(1), 5);
    Thread.sleep(20);
    assertThat(store.claimAbandoned("x", LEASE, 2)).as("first expiry of two").isEmpty();
    assertThat(store.requeueExpired(2)).isEqualTo(1);
    store.claim("dead-2", Duration.ofMillis(1), 5);
    Thread.sleep(20);

    assertThat(store.requeueExpired(2)).as("second expiry of two: not requeued").isZero();
    List<ClaimedJob> abandoned = store.claimAbandoned("x", LEASE, 2);

    assertThat(abandoned).singleElement().satisfies(c -> assertThat(c.attempt()).isEqualTo(2));
    assertThat(store.claimAbandoned("y", LEASE, 2)).as("claimed once").isEmpty();
    assertThat(store.heartbeat("job_1", "x", LEASE)).isEqualTo(Lease.HELD);
    assertThat(store.saveClaimed(ended(abandoned.get(0).snapshot(), JobStatus.FAILED), "x"))
        .isTrue();
  }

  @Test
  void doesStopTheHeartbeatOnceTheJobEndedAndSeeACancelRequest() {
    queue("job_1", 1);
    queue("job_2", 2);
    store.claim("a", LEASE, 1);
    assertThat(store.requestCancel("job_1")).contains(JobStatus.RUNNING);
    assertThat(store.heartbeat("job_1", "a", LEASE)).isEqualTo(Lease.CANCEL_REQUESTED);

    assertThat(store.requestCancel("job_2")).contains(JobStatus.QUEUED);
    ClaimedJob flagged = store.claim("b", LEASE, 1).get(0);
    assertThat(flagged.cancelRequested()).isTrue();

    JobSnapshot canceled = ended(flagged.snapshot(), JobStatus.CANCELED);
    assertThat(store.saveClaimed(canceled, "b")).isTrue();
    assertThat(store.heartbeat("job_2", "b", LEASE)).isEqualTo(Lease.LOST);
    assertThat(store.requestCancel("job_2")).isEmpty();
    assertThat(store.requestCancel("job_unknown")).isEmpty();
    assertThat(store.ended(List.of("job_1", "job_2", "job_unknown")))
        .extracting(JobSnapshot::jobId)
        .containsExactly("job_2");
    assertThat(store.job("job_2").orElseThrow().status()).isEqualTo(JobStatus.CANCELED);
  }

  @Test
  void doesHandBackTheJobsOfAnOwnerOnRelease() {
    queue("job_1", 1);
    queue("job_2", 2);
    store.claim("a", LEASE, 2);
    assertThat(store.saveClaimed(running(store.job("job_1").orElseThrow()), "a")).isTrue();
    assertThat(store.release("a")).isEqualTo(2);
    assertThat(store.job("job_1").orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.claim("b", LEASE, 5)).hasSize(2);
  }

  @Test
  void doesShowAClaimedJobRunningBeforeItsEngineSavedItsRunningSnapshot() {
    queue("job_1", 1);
    queue("job_2", 2);
    store.claim("a", LEASE, 1);

    JobSnapshot claimed = store.job("job_1").orElseThrow();
    assertThat(claimed.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(claimed.startedAt()).as("started at the claim, on the database clock").isPresent();
    assertThat(
            db.queryText("SELECT snapshot ->> 'status' FROM reportengine_jobs WHERE id = 'job_1'"))
        .as("the saved snapshot is still the queued one")
        .isEqualTo("queued");
    assertThat(store.jobs(JobQuery.all().withStatuses(Set.of(JobStatus.RUNNING))).jobs())
        .singleElement()
        .isEqualTo(claimed);
    assertThat(store.job("job_2").orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.job("job_2").orElseThrow().startedAt()).isEmpty();
  }

  @Test
  void doesSaveARunningSnapshotWithItsEventsOnlyForItsOwnerAllOrNothing() {
    queue("job_1", 1);
    ClaimedJob claimed = store.claim("a", LEASE, 1).get(0);
    JobSnapshot running = running(claimed.snapshot());
    List<JobEvent> events =
        List.of(
            new JobEvent("job_1", JobStatus.RUNNING, Optional.empty(), 0, T0.plusSeconds(5)),
            new JobEvent(
                "job_1",
                JobStatus.RUNNING,
                Optional.of(JobStage.LOAD_MEDIA),
                0.1,
                T0.plusSeconds(5).plusNanos(7)));

    assertThat(store.saveClaimed(running, "b", events)).as("b does not hold it").isFalse();
    assertThat(store.events("job_1")).isEmpty();
    assertThat(
            db.queryText("SELECT snapshot ->> 'status' FROM reportengine_jobs WHERE id = 'job_1'"))
        .isEqualTo("queued");

    assertThat(store.saveClaimed(running, "a", events)).isTrue();
    assertThat(store.events("job_1")).containsExactlyElementsOf(events);
    assertThat(store.job("job_1")).contains(running);
    assertThat(store.saveClaimed(running, "a", List.of())).isTrue();
    assertThat(store.events("job_1")).as("nothing more").hasSize(2);
  }

  @Test
  void doesReadEndedJobsWithTheirReportsAndEventsAndNotTheOthers() {
    queue("job_1", 1);
    queue("job_2", 2);
    queue("job_3", 3);
    store.claim("a", LEASE, 3);
    Report report =
        Report.builder()
            .id("rep_job_1")
            .jobId(Optional.of("job_1"))
            .createdAt(T0.plusSeconds(9))
            .media(new ReportMedia(Optional.empty(), Optional.empty()))
            .template(Template.GENERAL_REPORT)
            .build();
    JobSnapshot succeeded =
        JobSnapshot.builder()
            .jobId("job_1")
            .status(JobStatus.SUCCEEDED)
            .progress(1)
            .createdAt(T0.plusSeconds(1))
            .startedAt(T0.plusSeconds(8))
            .finishedAt(T0.plusSeconds(9))
            .reportId("rep_job_1")
            .build();
    List<JobEvent> events1 =
        List.of(
            new JobEvent("job_1", JobStatus.RUNNING, Optional.empty(), 0, T0.plusSeconds(8)),
            new JobEvent("job_1", JobStatus.SUCCEEDED, Optional.empty(), 1, T0.plusSeconds(9)));
    assertThat(
            store.saveEnding(
                new Ending(succeeded, "a", events1, Optional.of(report), Optional.empty())))
        .isTrue();
    JobSnapshot canceled = ended(store.job("job_2").orElseThrow(), JobStatus.CANCELED);
    JobEvent canceledEvent =
        new JobEvent("job_2", JobStatus.CANCELED, Optional.empty(), 0, T0.plusSeconds(9));
    assertThat(
            store.saveEnding(
                new Ending(
                    canceled, "a", List.of(canceledEvent), Optional.empty(), Optional.empty())))
        .isTrue();
    store.saveClaimedEvents(
        List.of(new JobEvent("job_3", JobStatus.RUNNING, Optional.empty(), 0, T0)), "a");

    List<EndedJob> ended = store.endedJobs(List.of("job_3", "job_2", "job_1", "job_unknown"));

    assertThat(ended)
        .extracting(e -> e.snapshot().jobId())
        .containsExactlyInAnyOrder("job_1", "job_2");
    EndedJob first =
        ended.stream().filter(e -> e.snapshot().jobId().equals("job_1")).findFirst().orElseThrow();
    assertThat(first.snapshot()).isEqualTo(succeeded);
    assertThat(first.report()).contains(store.report("rep_job_1").orElseThrow());
    assertThat(first.events()).containsExactlyElementsOf(events1);
    EndedJob second =
        ended.stream().filter(e -> e.snapshot().jobId().equals("job_2")).findFirst().orElseThrow();
    assertThat(second.report()).isEmpty();
    assertThat(second.events()).containsExactly(canceledEvent);
    assertThat(store.endedJobs(List.of())).isEmpty();
  }

  private static JobSnapshot running(JobSnapshot s) {
    return JobSnapshot.builder()
        .jobId(s.jobId())
        .status(JobStatus.RUNNING)
        .createdAt(s.createdAt())
        .startedAt(Instant.now())
        .build();
  }

  private static JobSnapshot ended(JobSnapshot s, JobStatus status) {
    return JobSnapshot.builder()
        .jobId(s.jobId())
        .status(status)
        .createdAt(s.createdAt())
        .finishedAt(Instant.now())
        .error(
            new dev.reportengine.api.JobError(dev.reportengine.api.ErrorCode.CANCELED, "canceled"))
        .build();
  }
}
