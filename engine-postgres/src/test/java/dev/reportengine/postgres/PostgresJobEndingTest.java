package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.spi.JobClaims.ClaimedJob;
import dev.reportengine.api.spi.JobClaims.Ending;
import dev.reportengine.api.spi.JobClaims.EndingAndClaims;
import dev.reportengine.api.spi.WebhookOutbox.Delivery;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.WebhookAddressPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A job's end ({@code JobClaims.saveEnding}): its terminal snapshot, its last events and its
 * webhook delivery in one transaction, on a real PostgreSQL server.
 */
class PostgresJobEndingTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Makes every insert into the outbox fail, as a crash between two statements would. */
  private static final String REFUSE_DELIVERIES =
      "CREATE FUNCTION refuse_delivery() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN RAISE EXCEPTION 'the test refuses webhook deliveries'; END $$;"
          + " CREATE TRIGGER refuse_delivery BEFORE INSERT ON reportengine_webhook_outbox"
          + " FOR EACH ROW EXECUTE FUNCTION refuse_delivery()";

  private final PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());

  private static long count(String sql) {
    return Long.parseLong(shared.db().queryText(sql));
  }

  private static String status(String jobId) {
    return shared.db().queryText("SELECT status FROM reportengine_jobs WHERE id = '" + jobId + "'");
  }

  private ClaimedJob queuedAndClaimed(String jobId, String owner) {
    store.saveRequest(
        jobId, CreateReportJobRequest.of("m", Template.GENERAL_REPORT, TargetSpec.dominant()));
    store.saveJob(
        JobSnapshot.builder().jobId(jobId).status(JobStatus.QUEUED).createdAt(T0).build());
    return store.claim(jobId, owner, Duration.ofSeconds(30)).orElseThrow();
  }

  private void queued(String jobId, int seconds) {
    store.saveRequest(
        jobId, CreateReportJobRequest.of("m", Template.GENERAL_REPORT, TargetSpec.dominant()));
    store.saveJob(
        JobSnapshot.builder()
            .jobId(jobId)
            .status(JobStatus.QUEUED)
            .createdAt(T0.plusSeconds(seconds))
            .build());
  }

  private static Ending ending(ClaimedJob claimed, String owner) {
    JobSnapshot s = claimed.snapshot();
    JobSnapshot failed =
        JobSnapshot.builder()
            .jobId(s.jobId())
            .status(JobStatus.FAILED)
            .createdAt(s.createdAt())
            .startedAt(T0.plusSeconds(1))
            .finishedAt(T0.plusSeconds(2))
            .error(
                new dev.reportengine.api.JobError(
                    dev.reportengine.api.ErrorCode.INTERNAL, "it broke"))
            .build();
    List<JobEvent> events =
        List.of(
            new JobEvent(
                s.jobId(),
                JobStatus.RUNNING,
                Optional.of(dev.reportengine.api.JobStage.BUILD_REPORT),
                0.5,
                T0.plusSeconds(1)),
            new JobEvent(s.jobId(), JobStatus.FAILED, Optional.empty(), 0.5, T0.plusSeconds(2)));
    Delivery delivery =
        new Delivery(
            "msg_" + s.jobId(),
            s.jobId(),
            URI.create("http://127.0.0.1:9/hooks"),
            Map.of("x-tenant", "acme"),
            "{}".getBytes(StandardCharsets.UTF_8),
            0);
    return new Ending(failed, owner, events, Optional.empty(), Optional.of(delivery));
  }

  @Test
  void doesSaveTheEndItsEventsAndItsDeliveryTogether() {
    ClaimedJob claimed = queuedAndClaimed("job_a", "engine-a");

    assertThat(store.saveEnding(ending(claimed, "engine-a"))).isTrue();

    assertThat(status("job_a")).isEqualTo("failed");
    assertThat(store.job("job_a").orElseThrow().error().orElseThrow().message())
        .isEqualTo("it broke");
    assertThat(store.events("job_a"))
        .extracting(JobEvent::status)
        .containsExactly(JobStatus.RUNNING, JobStatus.FAILED);
    assertThat(store.claimDeliveries("relay", Duration.ofSeconds(30), 10))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.eventId()).isEqualTo("msg_job_a");
              assertThat(d.headers()).isEqualTo(Map.of("x-tenant", "acme"));
            });
  }

  @Test
  void doesSaveTheEndAndClaimTheNextQueuedJobsInOneStatement() {
    ClaimedJob claimed = queuedAndClaimed("job_d", "engine-a");
    queued("job_e2", 20);
    queued("job_e1", 10);
    queued("job_e3", 30);

    EndingAndClaims done =
        store.saveEndingAndClaim(ending(claimed, "engine-a"), Duration.ofSeconds(30), 2);

    assertThat(done.saved()).isTrue();
    assertThat(status("job_d")).isEqualTo("failed");
    assertThat(store.events("job_d"))
        .extracting(JobEvent::status)
        .containsExactly(JobStatus.RUNNING, JobStatus.FAILED);
    assertThat(count("SELECT count(*) FROM reportengine_webhook_outbox")).isOne();
    assertThat(done.claimed())
        .extracting(c -> c.snapshot().jobId())
        .containsExactly("job_e1", "job_e2");
    assertThat(done.claimed())
        .allSatisfy(
            c -> {
              assertThat(c.attempt()).isOne();
              assertThat(c.request()).isNotNull();
              assertThat(c.cancelRequested()).isFalse();
            });
    assertThat(
            count(
                "SELECT count(*) FROM reportengine_jobs WHERE owner = 'engine-a'"
                    + " AND status = 'running' AND lease_until > now()"))
        .isEqualTo(2);
    assertThat(status("job_e3")).isEqualTo("queued");
  }

  @Test
  void doesClaimTheNextJobEvenWhenTheEndedJobIsNoLongerTheOwners() {
    ClaimedJob claimed = queuedAndClaimed("job_f", "engine-a");
    queued("job_g", 10);

    EndingAndClaims done =
        store.saveEndingAndClaim(ending(claimed, "engine-b"), Duration.ofSeconds(30), 1);

    assertThat(done.saved()).isFalse();
    assertThat(status("job_f")).isEqualTo("running");
    assertThat(store.events("job_f")).isEmpty();
    assertThat(count("SELECT count(*) FROM reportengine_webhook_outbox")).isZero();
    assertThat(done.claimed()).extracting(c -> c.snapshot().jobId()).containsExactly("job_g");
    assertThat(shared.db().queryText("SELECT owner FROM reportengine_jobs WHERE id = 'job_g'"))
        .isEqualTo("engine-b");
  }

  @Test
  void doesSaveTheEndAndClaimNothingWhenNoJobIsQueued() {
    ClaimedJob claimed = queuedAndClaimed("job_h", "engine-a");

    EndingAndClaims done =
        store.saveEndingAndClaim(ending(claimed, "engine-a"), Duration.ofSeconds(30), 2);

    assertThat(done.saved()).isTrue();
    assertThat(done.claimed()).isEmpty();
    assertThat(status("job_h")).isEqualTo("failed");
  }

  @Test
  void doesSaveNothingWhenTheOwnerNoLongerHoldsTheJob() {
    ClaimedJob claimed = queuedAndClaimed("job_b", "engine-a");

    assertThat(store.saveEnding(ending(claimed, "engine-b"))).isFalse();

    assertThat(status("job_b")).isEqualTo("running");
    assertThat(store.events("job_b")).isEmpty();
    assertThat(count("SELECT count(*) FROM reportengine_webhook_outbox")).isZero();
  }

  @Test
  void doesSaveNeitherTheEndNorItsEventsWhenItsDeliveryCannotBeSaved() {
    ClaimedJob claimed = queuedAndClaimed("job_c", "engine-a");
    shared.db().execute(REFUSE_DELIVERIES);

    assertThatThrownBy(() -> store.saveEnding(ending(claimed, "engine-a")))
        .isInstanceOf(PostgresStoreException.class)
        .hasMessageContaining("save the end of claimed job job_c")
        .hasMessageContaining("the test refuses webhook deliveries");

    assertThat(status("job_c")).isEqualTo("running");
    assertThat(store.events("job_c")).isEmpty();
  }

  /**
   * An engine whose end of a job cannot be saved with its delivery sends no webhook for it (the job
   * is still running in the store, its events unsaved); once the lease expires the job runs again
   * and its end sends exactly one webhook, through the outbox.
   */
  @Test
  void doesSendOneWebhookForTheEndThatWasSavedNoneForTheOneThatWasNot() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      ReportEngine engine =
          shared.engine(
              "engine",
              new ReplicaChild.Slow(1),
              b ->
                  b.parallelism(1)
                      .claimSettings(SharedDatabase.FAST)
                      .webhookAddressPolicy(WebhookAddressPolicy.allowingAll()));
      shared.db().execute(REFUSE_DELIVERIES);

      JobHandle handle =
          engine.submit(
              CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant())
                  .withWebhook(new Webhook(receiver.url(), Map.of())));
      handle.await(Duration.ofSeconds(30));

      // The local handle ended, but its end was not saved: no delivery, nothing terminal.
      String jobId = handle.jobId();
      assertThat(status(jobId)).isEqualTo("running");
      assertThat(count("SELECT count(*) FROM reportengine_webhook_outbox")).isZero();
      assertThat(
              count(
                  "SELECT count(*) FROM reportengine_events WHERE job_id = '"
                      + jobId
                      + "' AND status = 'succeeded'"))
          .isZero();

      shared.db().execute("DROP TRIGGER refuse_delivery ON reportengine_webhook_outbox");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (receiver.hits().isEmpty() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      Thread.sleep(500); // Room for a second delivery, if one were under way.

      assertThat(status(jobId)).isEqualTo("succeeded");
      assertThat(
              count(
                  "SELECT count(*) FROM reportengine_jobs WHERE id = '"
                      + jobId
                      + "' AND attempt = 2"))
          .as("ran again after its lease expired")
          .isOne();
      assertThat(receiver.hits())
          .singleElement()
          .satisfies(h -> assertThat(h.body()).contains(jobId));
      assertThat(
              count("SELECT count(*) FROM reportengine_webhook_outbox WHERE status = 'delivered'"))
          .isOne();
    }
  }
}
