package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.WebhookAddressPolicy;
import dev.reportengine.core.WebhookRetrySchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook deliveries through the outbox (schema version 3), with engines sharing one database and a
 * real HTTP endpoint on the loopback address counting what it receives.
 */
class PostgresWebhookOutboxTest {

  @RegisterExtension static final SharedDatabase shared = new SharedDatabase();
  private final WebhookReceiver receiver = new WebhookReceiver();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private static ReportEngine engine(String name, WebhookRetrySchedule schedule) {
    return shared.engine(
        name,
        new ReplicaChild.Slow(1),
        b ->
            b.parallelism(2)
                .claimSettings(SharedDatabase.FAST)
                .webhookAddressPolicy(WebhookAddressPolicy.allowingAll())
                .webhookRetrySchedule(schedule));
  }

  private CreateReportJobRequest request(String mediaId) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, TargetSpec.dominant())
        .withWebhook(new Webhook(receiver.url(), Map.of("x-tenant", "acme")));
  }

  private static long outbox(String where) {
    return Long.parseLong(
        shared.db().queryText("SELECT count(*) FROM reportengine_webhook_outbox WHERE " + where));
  }

  private static void awaitOutbox(String where, long count) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (outbox(where) != count && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(outbox(where)).as("outbox rows where " + where).isEqualTo(count);
  }

  @Test
  void doesDeliverEveryJobsWebhookExactlyOnceWithThreeEnginesRelaying() throws Exception {
    int jobs = 60;
    List<ReportEngine> three =
        List.of(
            engine("engine-a", WebhookRetrySchedule.DEFAULT),
            engine("engine-b", WebhookRetrySchedule.DEFAULT),
            engine("engine-c", WebhookRetrySchedule.DEFAULT));
    List<JobHandle> handles = new ArrayList<>();
    for (int i = 0; i < jobs; i++) {
      handles.add(three.get(i % 3).submit(request("media-" + i)));
    }
    for (JobHandle handle : handles) {
      handle.await(Duration.ofMinutes(1));
    }

    awaitOutbox("status = 'delivered' AND attempts = 1", jobs);
    Thread.sleep(500); // Room for a second delivery, if one were under way.

    Map<String, Long> perEvent =
        receiver.hits().stream()
            .collect(Collectors.groupingBy(WebhookReceiver.Hit::webhookId, Collectors.counting()));
    assertThat(perEvent).hasSize(jobs);
    assertThat(perEvent.values()).allMatch(n -> n == 1);
    assertThat(receiver.hits()).hasSize(jobs);
    Map<String, String> bodyByEvent =
        receiver.hits().stream()
            .collect(Collectors.toMap(WebhookReceiver.Hit::webhookId, WebhookReceiver.Hit::body));
    for (JobHandle handle : handles) {
      assertThat(bodyByEvent.values()).anyMatch(b -> b.contains(handle.jobId()));
    }
  }

  @Test
  void doesSendAfterARestartADeliveryPendingWhenItsEngineClosed() throws Exception {
    WebhookRetrySchedule retryIn2s = WebhookRetrySchedule.of(Duration.ofSeconds(2)).withJitter(0);
    receiver.thenReply(503);
    ReportEngine first = engine("first", retryIn2s);
    JobHandle handle = first.submit(request("media-1"));
    handle.await(Duration.ofSeconds(30));
    awaitOutbox("status = 'pending' AND attempts = 1", 1);

    first.close(Duration.ofSeconds(5));
    assertThat(receiver.hits()).hasSize(1);
    assertThat(outbox("owner IS NULL AND status = 'pending'")).isEqualTo(1);
    engine("restarted", retryIn2s);

    awaitOutbox("status = 'delivered' AND attempts = 2", 1);
    List<WebhookReceiver.Hit> hits = receiver.hits();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(1)).isEqualTo(hits.get(0));
    assertThat(hits.get(0).body()).contains(handle.jobId());
    assertThat(hits.stream().map(WebhookReceiver.Hit::webhookId).collect(Collectors.toSet()))
        .hasSize(1);
  }

  @Test
  void doesListOnAnyEngineTheAttemptsEveryEngineMade() throws Exception {
    WebhookRetrySchedule retryIn1s = WebhookRetrySchedule.of(Duration.ofSeconds(1)).withJitter(0);
    receiver.thenReply(503);
    ReportEngine first = engine("first", retryIn1s);
    JobHandle handle = first.submit(request("media-1"));
    handle.await(Duration.ofSeconds(30));
    awaitOutbox("status = 'pending' AND attempts = 1", 1);

    // An engine started after the first attempt: its own log never saw it.
    ReportEngine second = engine("second", retryIn1s);
    awaitOutbox("status = 'delivered' AND attempts = 2", 1);

    for (ReportEngine engine : List.of(first, second)) {
      List<dev.reportengine.api.WebhookAttempt> attempts = engine.webhookDeliveries(handle.jobId());
      assertThat(attempts)
          .extracting(a -> a.number() + " " + a.outcome() + " " + a.statusCode())
          .containsExactly("1 retrying OptionalInt[503]", "2 delivered OptionalInt[204]");
      assertThat(attempts)
          .extracting(dev.reportengine.api.WebhookAttempt::eventId)
          .containsOnly(receiver.hits().get(0).webhookId());
      assertThat(attempts.get(0).nextAttemptAt()).isPresent();
    }
    assertThat(first.webhookDeliveries(handle.jobId()))
        .isEqualTo(second.webhookDeliveries(handle.jobId()));
  }

  @Test
  void doesAddOneDeliveryPerJob() {
    PostgresReportStore store = new PostgresReportStore(shared.db().dataSource());
    Function<String, dev.reportengine.api.spi.WebhookOutbox.Delivery> delivery =
        eventId ->
            new dev.reportengine.api.spi.WebhookOutbox.Delivery(
                eventId,
                "job-1",
                java.net.URI.create(receiver.url()),
                Map.of("x-a", "1"),
                new byte[] {'{', '}'},
                0);

    store.addDelivery(delivery.apply("msg_1"));
    store.addDelivery(delivery.apply("msg_2"));

    List<dev.reportengine.api.spi.WebhookOutbox.Delivery> claimed =
        store.claimDeliveries("relay-a", Duration.ofSeconds(30), 10);
    assertThat(claimed).singleElement().satisfies(d -> assertThat(d.eventId()).isEqualTo("msg_1"));
    assertThat(claimed.get(0).headers()).isEqualTo(Map.of("x-a", "1"));
    assertThat(store.claimDeliveries("relay-b", Duration.ofSeconds(30), 10)).isEmpty();
  }
}
