package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ReportEngine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Job events saved in PostgreSQL (schema version 2) and read on an engine that did not run it. */
class PostgresSharedEventsTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static ReportEngine engine(String name, boolean claims) {
    return shared.engine(
        name,
        new ReplicaChild.Slow(1),
        b -> b.parallelism(2).claimSettings(SharedDatabase.FAST).resumeJobs(claims));
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
    assertThat(new PostgresReportStore(shared.db().dataSource()).events(submitted.jobId()))
        .isEqualTo(onSubmitter);
  }

  @Test
  void doesSaveAndStreamToAnotherEngineTheEventsOfAJobWhileItRuns() throws Exception {
    Gated gated = new Gated();
    ReportEngine submitter = engine("submitter", false);
    shared.engine(
        "runner", gated, b -> b.parallelism(2).claimSettings(SharedDatabase.FAST).resumeJobs(true));
    JobHandle submitted =
        submitter.submit(
            CreateReportJobRequest.of("media-2", Template.GENERAL_REPORT, TargetSpec.dominant()));
    List<JobEvent> live = new CopyOnWriteArrayList<>();
    submitted.onEvent(live::add);
    assertThat(gated.started.await(30, TimeUnit.SECONDS)).as("the template started").isTrue();
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    String jobId = submitted.jobId();

    // The runner holds them until its next flush (every poll interval, 100 ms here).
    List<JobEvent> whileRunning = List.of();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until
        && !whileRunning.stream()
            .anyMatch(e -> e.stage().equals(Optional.of(JobStage.BUILD_REPORT)))) {
      Thread.sleep(20);
      whileRunning = store.events(jobId);
    }
    // The submitter reads them once per poll interval and publishes them to its subscriber.
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until
        && live.stream().noneMatch(e -> e.stage().equals(Optional.of(JobStage.BUILD_REPORT)))) {
      Thread.sleep(20);
    }
    List<JobEvent> seenLive = List.copyOf(live);
    String savedStatus =
        shared
            .db()
            .queryText(
                "SELECT snapshot ->> 'status' FROM reportengine_jobs WHERE id = '" + jobId + "'");
    gated.release.countDown();
    List<JobEvent> all = events(submitted);

    assertThat(whileRunning)
        .extracting(JobEvent::status)
        .startsWith(JobStatus.QUEUED, JobStatus.RUNNING)
        .doesNotContain(JobStatus.SUCCEEDED);
    assertThat(whileRunning)
        .as("saved while the job ran")
        .extracting(JobEvent::stage)
        .contains(Optional.of(JobStage.BUILD_REPORT));
    assertThat(savedStatus).as("the running snapshot was saved too").isEqualTo("running");
    assertThat(seenLive)
        .as("published on the submitting engine while the job ran on the other")
        .isEqualTo(whileRunning);
    assertThat(store.events(jobId)).as("each event once, in order").isEqualTo(all);
    assertThat(all.subList(0, whileRunning.size())).isEqualTo(whileRunning);
    assertThat(all.get(all.size() - 1).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  /** A template that waits, once started, until the test releases it. */
  private static final class Gated extends ReplicaChild.Slow {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    Gated() {
      super(0);
    }

    @Override
    public ReportContent build(TemplateContext context) {
      started.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.build(context);
    }
  }

  @Test
  void doesReadBackAnEventEqualToTheOneSaved() {
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
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
  void doesSaveClaimedEventsOnlyForTheOwnerOfTheRunningJobAllInOrder() {
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    JobEvent stage =
        new JobEvent(
            "job-9", JobStatus.RUNNING, Optional.of(JobStage.LOAD_MEDIA), 0.1, Instant.EPOCH);
    JobEvent failed =
        new JobEvent(
            "job-9",
            JobStatus.FAILED,
            Optional.of(JobStage.LOAD_MEDIA),
            0.1,
            Instant.EPOCH.plusNanos(1));
    shared
        .db()
        .execute(
            "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot, owner)"
                + " VALUES ('job-9', 'running', now(), 0, '{}', 'engine-a')");

    assertThat(store.saveClaimedEvents(List.of(stage, failed), "engine-b")).isFalse();
    assertThat(store.saveClaimedEvents(List.of(stage, failed), "engine-a")).isTrue();

    assertThat(store.events("job-9")).containsExactly(stage, failed);
  }
}
