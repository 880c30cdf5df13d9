package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.StoreRetention;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.WebhookAddressPolicy;
import dev.reportengine.core.WebhookRetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finished jobs deleted with what belongs to them once past the store's retention. */
class PostgresRetentionTest {

  private static final String OLD = "now() - interval '2 minutes'";
  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();

  private static long count(String table, String where) {
    return Long.parseLong(
        shared.db().queryText("SELECT count(*) FROM " + table + " WHERE " + where));
  }

  private static String is(String jobId) {
    return "'" + jobId + "'";
  }

  @Test
  void doesDeleteOnlyFinishedJobsPastTheRetentionWithEverythingTheyOwn() throws Exception {
    PostgresReportStore store =
        new PostgresReportStore(shared.db().dataSource(), Duration.ofMinutes(1));
    String a;
    String b;
    String c;
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      ReportEngine engine =
          shared.engine(
              "engine",
              pool -> new PostgresReportStore(pool, Duration.ofMinutes(1)),
              new ReplicaChild.Slow(1),
              builder ->
                  builder
                      .parallelism(2)
                      .claimSettings(SharedDatabase.FAST)
                      .webhookAddressPolicy(WebhookAddressPolicy.allowingAll())
                      .webhookRetrySchedule(WebhookRetrySchedule.of(Duration.ofHours(1))));
      CreateReportJobRequest request =
          CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant());
      a =
          engine
              .submit(
                  request
                      .withIdempotencyKey("key-a")
                      .withWebhook(new Webhook(receiver.url(), Map.of())))
              .jobId();
      // Its endpoint refuses connections: the delivery stays pending (next attempt in an hour).
      b =
          engine
              .submit(request.withWebhook(new Webhook("http://127.0.0.1:1/hooks", Map.of())))
              .jobId();
      c = engine.submit(request).jobId();
      Report reportA = engine.handle(a).orElseThrow().await(Duration.ofSeconds(30));
      engine.handle(b).orElseThrow().await(Duration.ofSeconds(30));
      engine.handle(c).orElseThrow().await(Duration.ofSeconds(30));
      store.saveArtifact(reportA.id(), "application/pdf", new byte[] {1, 2});
      awaitCount("reportengine_webhook_outbox", "status = 'delivered' OR attempts = 1", 2);
      assertThat(count("reportengine_webhook_attempts", "job_id = " + is(a))).isPositive();
      store.saveIdempotency(
          new IdempotencyRecord(
              "key-expired",
              "0".repeat(64),
              c,
              Instant.parse("2026-01-01T00:00:00Z"),
              Instant.parse("2026-01-02T00:00:00Z")));
      shared
          .db()
          .execute(
              "INSERT INTO reportengine_jobs"
                  + " (id, status, created_at, created_nanos, snapshot, owner, lease_until, updated_at)"
                  + " VALUES ('running-elsewhere', 'running', now(), 0, '{}', 'engine-z',"
                  + " now() + interval '1 hour', "
                  + OLD
                  + ")");

      shared
          .db()
          .execute(
              "UPDATE reportengine_jobs SET updated_at = "
                  + OLD
                  + " WHERE id IN ("
                  + is(a)
                  + ", "
                  + is(b)
                  + ")");

      awaitCount("reportengine_jobs", "id = " + is(a), 0);
    }

    assertThat(count("reportengine_requests", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_reports", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_artifacts", "true")).isZero();
    assertThat(count("reportengine_events", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_idempotency", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_webhook_outbox", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_webhook_attempts", "job_id = " + is(a))).isZero();
    assertThat(count("reportengine_idempotency", "key = 'key-expired'")).isZero();
    assertThat(count("reportengine_jobs", "id = " + is(b)))
        .as("kept while its webhook is pending")
        .isEqualTo(1);
    assertThat(count("reportengine_events", "job_id = " + is(b))).isPositive();
    assertThat(count("reportengine_jobs", "id = " + is(c))).as("ended too recently").isEqualTo(1);
    assertThat(count("reportengine_reports", "job_id = " + is(c))).isEqualTo(1);
    assertThat(count("reportengine_jobs", "id = 'running-elsewhere'"))
        .as("never a job that has not ended")
        .isEqualTo(1);
  }

  @Test
  void doesDeleteInBatchesOfAtMostTheAskedSize() {
    for (int i = 0; i < 5; i++) {
      shared
          .db()
          .execute(
              "INSERT INTO reportengine_jobs (id, status, created_at, created_nanos, snapshot,"
                  + " updated_at) VALUES ('done-"
                  + i
                  + "', 'succeeded', now(), 0, '{}', "
                  + OLD
                  + ")");
    }
    PostgresReportStore store =
        new PostgresReportStore(shared.db().dataSource(), Duration.ofMinutes(1));

    assertThat(store.purge(new StoreRetention.Purge(2))).isEqualTo(2);
    assertThat(store.purge(new StoreRetention.Purge(2))).isEqualTo(2);
    assertThat(store.purge(new StoreRetention.Purge(2))).isEqualTo(1);
    assertThat(store.purge(new StoreRetention.Purge(2))).isZero();
    assertThat(new PostgresReportStore(shared.db().dataSource()).purge(new StoreRetention.Purge(2)))
        .isZero();
  }

  @Test
  void doesRefuseARetentionShorterThanAMinute() {
    assertThatThrownBy(
            () -> new PostgresReportStore(shared.db().dataSource(), Duration.ofSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keepFinished must be at least one minute")
        .hasMessageContaining("PT59S");
  }

  private static void awaitCount(String table, String where, long expected)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (count(table, where) != expected && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(count(table, where)).as(table + " where " + where).isEqualTo(expected);
  }
}
