package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.WebhookAddressPolicy.Range;
import dev.reportengine.core.testing.LoopbackReceiver;
import dev.reportengine.core.testing.StandardWebhooksVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhooks through the real engine: jobs on real threads, events to a real loopback server. */
class ReportEngineWebhookTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private final LoopbackReceiver receiver = LoopbackReceiver.start();
  private ReportEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close(Duration.ofSeconds(5));
    }
    receiver.close();
  }

  private static ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .parallelism(1)
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())));
  }

  private CreateReportJobRequest request(String mediaId) {
    return CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, TargetSpec.dominant())
        .withWebhook(new Webhook(receiver.url().toString(), Map.of("X-Tenant", "acme")));
  }

  private List<WebhookAttempt> awaitAttempts(String jobId, int count) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> engine.webhookDeliveries(jobId), a -> a.size() >= count);
  }

  @Nested
  class Delivery {

    @Test
    void doesPostASignedEventWhenAJobSucceeds() {
      engine =
          builder()
              .webhookSecret(SECRET)
              .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
              .build();

      JobHandle job = engine.submit(request("call-1"));
      job.await(Duration.ofSeconds(20));
      List<WebhookAttempt> attempts = awaitAttempts(job.jobId(), 1);

      assertThat(attempts)
          .extracting(WebhookAttempt::outcome)
          .containsExactly(WebhookAttempt.Outcome.DELIVERED);
      LoopbackReceiver.Received got = receiver.received().get(0);
      ContractSchemas.assertValid("webhook-event.schema.json", got.text());
      assertThat(got.text())
          .contains("\"type\":\"report.succeeded\"")
          .contains("\"jobId\":\"" + job.jobId() + "\"")
          .contains("\"reportId\":\"" + job.snapshot().reportId().orElseThrow() + "\"");
      assertThat(got.headers()).containsEntry("x-tenant", "acme");
      assertThat(got.headers().get("webhook-id")).isEqualTo(attempts.get(0).eventId());
      assertThat(StandardWebhooksVerifier.verifies(SECRET, got.headers(), got.body())).isTrue();
    }

    @Test
    void doesPostTheFailureWhenAJobFails() {
      engine = builder().webhookAddressPolicy(WebhookAddressPolicy.allowingAll()).build();

      JobHandle job = engine.submit(request("no-such-call"));
      awaitAttempts(job.jobId(), 1);

      String body = receiver.received().get(0).text();
      ContractSchemas.assertValid("webhook-event.schema.json", body);
      assertThat(body).contains("\"type\":\"report.failed\"", "\"code\":\"media_not_found\"");
      assertThat(receiver.received().get(0).headers()).doesNotContainKey("webhook-signature");
    }

    @ParameterizedTest(name = "media [{0}]")
    @CsvSource({
      "no-such-call, media_not_found, no media [no-such-call]",
      "broken, media_unreadable, broken.vtt: line 3: the cue ends at"
    })
    void doesNameTheMediaAndNeverTheHostPathWhenTheMediaFails(
        String mediaId, String code, String message, @TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("broken.vtt"), "WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n");
      engine =
          ReportEngine.builder()
              .parallelism(1)
              .mediaSource(MediaSources.directory(dir))
              .webhookSecret(SECRET)
              .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
              .build();

      JobHandle job = engine.submit(request(mediaId));
      awaitAttempts(job.jobId(), 1);

      String webhook = receiver.received().get(0).text();
      String apiError = engine.api().getJob(job.jobId()).json();
      for (String body : List.of(webhook, apiError)) {
        assertThat(body)
            .containsPattern("\"code\":\\s*\"" + code + "\"")
            .contains(message)
            .doesNotContain(dir.toString(), dir.toRealPath().toString(), "DirectoryMediaSource");
      }
    }

    @Test
    void doesRetryOnTheConfiguredScheduleWhenTheEndpointFails() {
      receiver.thenReply(500).thenReply(500);
      engine =
          builder()
              .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
              .webhookRetrySchedule(WebhookRetrySchedule.of(Duration.ofMillis(10), Duration.ZERO))
              .build();

      JobHandle job = engine.submit(request("call-1"));
      List<WebhookAttempt> attempts = awaitAttempts(job.jobId(), 3);

      assertThat(attempts)
          .extracting(WebhookAttempt::outcome)
          .containsExactly(
              WebhookAttempt.Outcome.RETRYING,
              WebhookAttempt.Outcome.RETRYING,
              WebhookAttempt.Outcome.DELIVERED);
      assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void doesNotContactALoopbackReceiverWhenThePolicyIsTheDefault() {
      engine = builder().build();

      JobHandle job = engine.submit(request("call-1"));
      List<WebhookAttempt> attempts = awaitAttempts(job.jobId(), 1);

      assertThat(attempts.get(0).outcome()).isEqualTo(WebhookAttempt.Outcome.FAILED);
      assertThat(attempts.get(0).error().orElseThrow()).contains("a loopback address");
      assertThat(receiver.received()).isEmpty();
    }

    @Test
    void doesSendThroughTheHostsSenderWhenOneIsRegistered() {
      List<WebhookSender.Request> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
      engine =
          builder()
              .webhookSender(
                  request -> {
                    sent.add(request);
                    return WebhookSender.Response.of(204);
                  })
              .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
              .build();

      JobHandle job = engine.submit(request("call-1"));
      awaitAttempts(job.jobId(), 1);

      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).url()).isEqualTo(receiver.url());
      assertThat(sent.get(0).timeout()).isEqualTo(Duration.ofSeconds(15));
      assertThat(receiver.received()).isEmpty();
    }
  }

  @Nested
  class JsonFacade {

    @Test
    void doesListTheAttemptsWhenAskedForAJobsDeliveries() {
      receiver.thenReply(503);
      engine =
          builder()
              .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
              .webhookRetrySchedule(WebhookRetrySchedule.of(Duration.ZERO))
              .build();
      JobHandle job = engine.submit(request("call-1"));
      awaitAttempts(job.jobId(), 2);

      ApiResponse r =
          engine.api().handle("GET", "/v1/jobs/" + job.jobId() + "/webhook-deliveries", null);

      assertThat(r.status()).isEqualTo(200);
      ContractSchemas.assertValid("webhook-deliveries.schema.json", r.json());
      assertThat(r.json())
          .contains(
              "\"outcome\": \"retrying\"", "\"statusCode\": 503", "\"outcome\": \"delivered\"");
    }

    @Test
    void doesAnswer404WhenTheJobIsUnknown() {
      engine = builder().build();

      ApiResponse r = engine.api().handle("GET", "/v1/jobs/job_x/webhook-deliveries", null);

      assertThat(r.status()).isEqualTo(404);
      ContractSchemas.assertValid("error.schema.json", r.json());
    }

    @Test
    void doesListNoAttemptsWhenTheRequestHadNoWebhook() {
      engine = builder().build();
      JobHandle job =
          engine.submit(
              CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant()));
      job.await(Duration.ofSeconds(20));

      ApiResponse r = engine.api().getWebhookDeliveries(job.jobId());

      assertThat(r.status()).isEqualTo(200);
      ContractSchemas.assertValid("webhook-deliveries.schema.json", r.json());
      assertThat(r.json()).contains("\"attempts\": []");
    }
  }

  @Nested
  class Builder {

    @Test
    void doesRefuseAWebhookOptionWhenItIsSetTwice() {
      ReportEngineBuilder b =
          builder()
              .webhookRetrySchedule(WebhookRetrySchedule.none())
              .webhookAddressPolicy(WebhookAddressPolicy.publicOnly())
              .webhookSecret(SECRET);

      assertThatThrownBy(() -> b.webhookRetrySchedule(WebhookRetrySchedule.DEFAULT))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("webhookRetrySchedule was already set to WebhookRetrySchedule[");
      assertThatThrownBy(() -> b.webhookAddressPolicy(WebhookAddressPolicy.allowingAll()))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("webhookAddressPolicy was already set to WebhookAddressPolicy[allowed=[]]");
      assertThatThrownBy(() -> b.webhookSecret(SECRET))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("webhookSecret was already set to whsec_…(24 bytes)");
    }

    @Test
    void doesRefuseTheSenderWhenItIsSetTwice() {
      WebhookSender first = request -> WebhookSender.Response.of(200);
      ReportEngineBuilder b = builder().webhookSender(first);

      assertThatThrownBy(() -> b.webhookSender(request -> WebhookSender.Response.of(200)))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("webhookSender was already set to " + first);
    }

    @Test
    void doesRefuseASecretWhenItIsNotInTheSpecsForm() {
      assertThatThrownBy(() -> builder().webhookSecret("hunter2"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("whsec_")
          .hasMessageNotContaining("hunter2");
    }
  }

  @Test
  void doesLeaveNoWebhookThreadWhenClosed() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    receiver.thenReply(500);
    engine =
        builder()
            .webhookAddressPolicy(WebhookAddressPolicy.allowing(Range.LOOPBACK))
            .webhookRetrySchedule(WebhookRetrySchedule.of(Duration.ofHours(1)))
            .build();
    JobHandle job = engine.submit(request("call-1"));
    awaitAttempts(job.jobId(), 1);
    assertThat(webhookThreads()).isNotEmpty();

    engine.close(Duration.ofSeconds(5));

    EngineThreads.assertNoneLeftSince(before, "report-engine-");
    // Java 17 cannot close an HttpClient: its selector thread ends within about 3 s of the client
    // becoming unreachable, which close() arranges by dropping it.
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              System.gc();
              assertThat(newHttpClientThreads(before)).isEmpty();
            });
  }

  private static Set<String> webhookThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("report-engine-webhook-"))
        .collect(Collectors.toSet());
  }

  private static Set<String> newHttpClientThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t))
        .map(Thread::getName)
        .filter(n -> n.startsWith("HttpClient-"))
        .collect(Collectors.toSet());
  }
}
