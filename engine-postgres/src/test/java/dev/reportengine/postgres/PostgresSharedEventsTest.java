package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Job events saved in PostgreSQL (schema version 2) and read on an engine that did not run it. */
class PostgresSharedEventsTest {

  private static final ClaimSettings FAST =
      new ClaimSettings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(100));

  private static EmbeddedDatabase db;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final List<ReportEngine> engines = new ArrayList<>();

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @BeforeEach
  void freshSchema() {
    db.dropSchema();
    PostgresMigrations.apply(db.dataSource());
  }

  @AfterEach
  void closeEngines() {
    engines.forEach(e -> e.close(Duration.ofSeconds(5)));
    pools.forEach(HikariDataSource::close);
  }

  private ReportEngine engine(String name, boolean claims) {
    HikariDataSource pool = db.newPool(name, 6);
    pools.add(pool);
    ReportEngine engine =
        ReportEngine.builder()
            .parallelism(2)
            .store(new PostgresReportStore(pool))
            .mediaSource(new PostgresReplicasTest.AnyMedia())
            .template(new ReplicaChild.Slow(1))
            .pdfMode(PdfMode.OFF)
            .claimSettings(FAST)
            .resumeJobs(claims)
            .build();
    engines.add(engine);
    return engine;
  }

  private static List<JobEvent> events(JobHandle handle) throws InterruptedException {
    List<JobEvent> seen = new CopyOnWriteArrayList<>();
    CountDownLatch ended = new CountDownLatch(1);
    handle.onEvent(
        e -> {
          seen.add(e);
          if (e.status().isTerminal()) {
            ended.countDown();
          }
        });
    assertThat(ended.await(30, TimeUnit.SECONDS)).as("a terminal event").isTrue();
    return List.copyOf(seen);
  }

  @Test
  void doesReplayOnEveryEngineTheEventsOfAJobRunOnAnother() throws Exception {
    ReportEngine submitter = engine("submitter", false);
    engine("runner", true);
    JobHandle submitted =
        submitter.submit(
            CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant()));

    List<JobEvent> onSubmitter = events(submitted);
    ReportEngine reader = engine("reader", false);
    List<JobEvent> onReader = events(reader.handle(submitted.jobId()).orElseThrow());

    assertThat(onSubmitter).extracting(JobEvent::status).startsWith(JobStatus.QUEUED);
    assertThat(onSubmitter)
        .extracting(JobEvent::stage)
        .contains(Optional.of(JobStage.LOAD_MEDIA), Optional.of(JobStage.BUILD_REPORT));
    assertThat(onSubmitter.get(onSubmitter.size() - 1).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(onSubmitter).extracting(JobEvent::status).contains(JobStatus.RUNNING);
    assertThat(onReader).isEqualTo(onSubmitter);
    assertThat(new PostgresReportStore(db.dataSource()).events(submitted.jobId()))
        .isEqualTo(onSubmitter);
  }

  @Test
  void doesReadBackAnEventEqualToTheOneSaved() {
    PostgresReportStore store = new PostgresReportStore(db.dataSource());
    JobEvent first =
        new JobEvent(
            "job-1", JobStatus.QUEUED, Optional.empty(), 0, Instant.parse("2026-12-05T20:00:00Z"));
    JobEvent second =
        new JobEvent(
            "job-1",
            JobStatus.RUNNING,
            Optional.of(JobStage.RENDER_MARKDOWN),
            0.625,
            Instant.parse("2026-12-05T20:00:01.123456789Z"));

    store.saveEvent(first);
    store.saveEvent(second);

    assertThat(store.events("job-1")).containsExactly(first, second);
    assertThat(store.events("job-2")).isEmpty();
  }

  @Test
  void doesSaveAClaimedEventOnlyForTheOwnerOfTheRunningJob() {
    PostgresReportStore store = new PostgresReportStore(db.dataSource());
    JobEvent running = new JobEvent("job-9", JobStatus.RUNNING, Optional.empty(), 0, Instant.EPOCH);
    db.execute(
        "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot, owner)"
            + " VALUES ('job-9', 'running', now(), 0, '{}', 'engine-a')");

    assertThat(store.saveClaimedEvent(running, "engine-b")).isFalse();
    assertThat(store.saveClaimedEvent(running, "engine-a")).isTrue();

    assertThat(store.events("job-9")).containsExactly(running);
  }
}
