package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.JobCanceledException;
import dev.reportengine.api.spi.QueueNotifications.Kind;
import dev.reportengine.api.spi.QueueNotifications.Notification;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.ClaimSettings;
import dev.reportengine.core.ReportEngine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * LISTEN/NOTIFY on the claim queue (schema version 5): with polls and heartbeats far apart, a job
 * submitted or canceled on one engine reaches an idle engine, or its owner, well before them.
 */
class PostgresQueueNotificationsTest {

  /** A 10 s poll and a 20 s heartbeat: without notifications, nothing happens for seconds. */
  private static final ClaimSettings SLOW =
      new ClaimSettings(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(10));

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private static ReportEngine engine(String name, boolean claims, ReportTemplate template) {
    return shared.engine(
        name, template, b -> b.parallelism(2).claimSettings(SLOW).resumeJobs(claims));
  }

  private static CreateReportJobRequest request() {
    return CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesClaimOnAnIdleEngineAJobSubmittedOnAnotherWellBeforeItsPoll() throws Exception {
    engine("idle", true, new ReplicaChild.Slow(0));
    ReportEngine submitter = engine("submitter", false, new ReplicaChild.Slow(0));
    Thread.sleep(1500); // The idle engine's start-up polls are over; its next poll is in 8.5 s.

    String jobId = submitter.submit(request()).jobId();

    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (store.job(jobId).orElseThrow().status() != JobStatus.SUCCEEDED
        && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(store.job(jobId).orElseThrow().status())
        .as("claimed and run within 5 s of its submit, against a 10 s poll interval")
        .isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void doesStopAJobCanceledOnAnotherEngineWellBeforeTheOwnersHeartbeat() throws Exception {
    engine("owner", true, new Blocking());
    ReportEngine other = engine("other", false, new ReplicaChild.Slow(0));
    Thread.sleep(1500);
    String jobId = other.submit(request()).jobId();
    assertThat(started.await(5, TimeUnit.SECONDS)).as("claimed on notification").isTrue();

    assertThat(other.cancel(jobId)).isTrue();

    assertThat(stopped.await(5, TimeUnit.SECONDS))
        .as("the owner's worker stopped within 5 s, against a 20 s heartbeat")
        .isTrue();
  }

  @Test
  void doesNotifyQueuedJobsAndCancelRequestsWithTheirJobId() throws Exception {
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    BlockingQueue<Notification> received = new LinkedBlockingQueue<>();
    AutoCloseable listening = store.listen(received::add);
    try {
      assertThat(received.poll(10, TimeUnit.SECONDS))
          .as("the QUEUED delivered on connecting")
          .isEqualTo(new Notification(Kind.QUEUED, Optional.empty()));

      shared
          .db()
          .execute(
              "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot)"
                  + " VALUES ('job-1', 'queued', now(), 0, '{}')");
      assertThat(received.poll(10, TimeUnit.SECONDS))
          .isEqualTo(new Notification(Kind.QUEUED, Optional.empty()));
      store.requestCancel("job-1");
      assertThat(received.poll(10, TimeUnit.SECONDS))
          .isEqualTo(new Notification(Kind.CANCEL_REQUESTED, Optional.of("job-1")));
      shared.db().execute("UPDATE reportengine_jobs SET lease_until = now() WHERE id = 'job-1'");
      assertThat(received.poll(500, TimeUnit.MILLISECONDS))
          .as("nothing for a lease renewal")
          .isNull();
    } finally {
      listening.close();
    }
  }

  /** A template that blocks until its job is canceled. */
  private final class Blocking extends ReplicaChild.Slow {
    Blocking() {
      super(0);
    }

    @Override
    public ReportContent build(TemplateContext context) {
      started.countDown();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < until) {
        try {
          context.cancellation().throwIfCanceled();
          Thread.sleep(10);
        } catch (JobCanceledException e) {
          stopped.countDown();
          throw e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new JobCanceledException();
        }
      }
      return super.build(context);
    }
  }
}
