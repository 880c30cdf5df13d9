package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.WebhookAttempt.Outcome;
import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.ContractSchemas;
import dev.reportengine.core.MutableClock;
import dev.reportengine.core.WebhookAddressPolicy;
import dev.reportengine.core.WebhookAddressPolicy.Range;
import dev.reportengine.core.WebhookRetrySchedule;
import dev.reportengine.core.testing.LoopbackReceiver;
import dev.reportengine.core.testing.LoopbackReceiver.Received;
import dev.reportengine.core.testing.StandardWebhooksVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookNotifierTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

  private final MutableClock clock = new MutableClock(START);
  private final ManualDeliveryScheduler scheduler = new ManualDeliveryScheduler(clock);
  private final LoopbackReceiver receiver = LoopbackReceiver.start();
  private final JdkWebhookSender http = new JdkWebhookSender(Duration.ofSeconds(5));
  private final AtomicInteger ids = new AtomicInteger();
  private WebhookNotifier notifier;

  @AfterEach
  void close() {
    if (notifier != null) {
      notifier.close(Duration.ZERO);
    }
    http.close();
    receiver.close();
  }

  private WebhookNotifier notifier(
      WebhookSender sender, WebhookAddressPolicy policy, Duration requestTimeout) {
    notifier =
        new WebhookNotifier(
            WebhookConfig.builder()
                .sender(sender)
                .signer(Optional.of(WebhookSigner.parse(SECRET)))
                .requestTimeout(requestTimeout)
                .schedule(WebhookRetrySchedule.DEFAULT)
                .guard(new AddressGuard(policy, AddressGuard.HostResolver.SYSTEM))
                .scheduler(scheduler)
                .clock(clock)
                .ids(() -> "e" + ids.incrementAndGet())
                .random(() -> 0.5)
                .nanoTime(System::nanoTime)
                .build());
    return notifier;
  }

  private WebhookNotifier loopbackNotifier() {
    return notifier(http, WebhookAddressPolicy.allowing(Range.LOOPBACK), Duration.ofSeconds(5));
  }

  private static CreateReportJobRequest request(URI url, Map<String, String> headers) {
    return CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant())
        .withWebhook(new Webhook(url.toString(), headers));
  }

  private static JobSnapshot succeeded() {
    return JobSnapshot.builder()
        .jobId("job_1")
        .status(JobStatus.SUCCEEDED)
        .stage(JobStage.STORE)
        .progress(1)
        .createdAt(START.minusSeconds(10))
        .startedAt(START.minusSeconds(9))
        .finishedAt(START.minusSeconds(1))
        .reportId("rep_1")
        .build();
  }

  private static JobSnapshot ended(JobStatus status, ErrorCode code) {
    return JobSnapshot.builder()
        .jobId("job_2")
        .status(status)
        .stage(JobStage.LOAD_MEDIA)
        .progress(0.1)
        .createdAt(START.minusSeconds(10))
        .startedAt(START.minusSeconds(9))
        .finishedAt(START.minusSeconds(1))
        .error(new JobError(code, "no media [call-1]"))
        .build();
  }

  private List<Outcome> outcomes(String jobId) {
    return notifier.attempts(jobId).stream().map(WebhookAttempt::outcome).toList();
  }

  @Nested
  class Delivering {

    @Test
    void doesPostASignedSchemaValidEventWhenAJobSucceeds() {
      loopbackNotifier()
          .jobEnded(succeeded(), request(receiver.url(), Map.of("Authorization", "Bearer t0k")));

      scheduler.runAll();

      Received got = receiver.received().get(0);
      assertThat(got.method()).isEqualTo("POST");
      assertThat(got.path()).isEqualTo("/hooks");
      assertThat(got.headers())
          .containsEntry("authorization", "Bearer t0k")
          .containsEntry("content-type", "application/json")
          .containsEntry("webhook-id", "msg_e1")
          .containsEntry("webhook-timestamp", Long.toString(START.getEpochSecond()));
      assertThat(StandardWebhooksVerifier.verifies(SECRET, got.headers(), got.body())).isTrue();
      ContractSchemas.assertValid("webhook-event.schema.json", got.text());
      assertThat(got.text())
          .isEqualTo(
              "{\"type\":\"report.succeeded\",\"jobId\":\"job_1\",\"reportId\":\"rep_1\","
                  + "\"status\":\"succeeded\",\"timestamp\":\"2026-01-02T03:04:04Z\"}");
      assertThat(outcomes("job_1")).containsExactly(Outcome.DELIVERED);
      assertThat(notifier.attempts("job_1").get(0).statusCode()).isEqualTo(OptionalInt.of(200));
    }

    @Test
    void doesPostTheErrorWhenAJobFailsOrIsCanceled() {
      loopbackNotifier();
      notifier.jobEnded(
          ended(JobStatus.FAILED, ErrorCode.MEDIA_NOT_FOUND), request(receiver.url(), Map.of()));
      notifier.jobEnded(
          JobSnapshot.builder()
              .jobId("job_3")
              .status(JobStatus.CANCELED)
              .createdAt(START)
              .finishedAt(START)
              .error(new JobError(ErrorCode.CANCELED, "canceled by the caller"))
              .build(),
          request(receiver.url(), Map.of()));

      scheduler.runAll();

      List<String> bodies = receiver.received().stream().map(Received::text).toList();
      bodies.forEach(b -> ContractSchemas.assertValid("webhook-event.schema.json", b));
      assertThat(bodies.get(0))
          .contains("\"type\":\"report.failed\"")
          .contains("\"error\":{\"code\":\"media_not_found\",\"message\":\"no media [call-1]\"}")
          .doesNotContain("reportId");
      assertThat(bodies.get(1)).contains("\"type\":\"report.canceled\"", "\"status\":\"canceled\"");
    }

    @Test
    void doesNothingWhenTheRequestHasNoWebhook() {
      loopbackNotifier()
          .jobEnded(
              succeeded(),
              CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant()));

      assertThat(scheduler.pending()).isZero();
      assertThat(notifier.attempts("job_1")).isEmpty();
    }
  }

  @Nested
  class Retrying {

    @Test
    void doesRetryA500WithTheSameIdAndANewlySignedTimestampUntilItSucceeds() {
      receiver.thenReply(500).thenReply(503);
      loopbackNotifier().jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      List<Received> got = receiver.received();
      assertThat(got).hasSize(3);
      assertThat(got).extracting(r -> r.headers().get("webhook-id")).containsOnly("msg_e1");
      assertThat(got)
          .extracting(r -> r.headers().get("webhook-timestamp"))
          .containsExactly(
              Long.toString(START.getEpochSecond()),
              Long.toString(START.getEpochSecond() + 5),
              Long.toString(START.getEpochSecond() + 5 + 300));
      assertThat(got)
          .allSatisfy(
              r ->
                  assertThat(StandardWebhooksVerifier.verifies(SECRET, r.headers(), r.body()))
                      .isTrue());
      assertThat(got).extracting(Received::text).containsOnly(got.get(0).text());
      assertThat(scheduler.delays())
          .containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5));
      List<WebhookAttempt> attempts = notifier.attempts("job_1");
      assertThat(attempts)
          .extracting(WebhookAttempt::outcome)
          .containsExactly(Outcome.RETRYING, Outcome.RETRYING, Outcome.DELIVERED);
      assertThat(attempts).extracting(a -> a.statusCode().orElse(0)).containsExactly(500, 503, 200);
      assertThat(attempts.get(0).nextAttemptAt().orElseThrow())
          .isEqualTo(attempts.get(0).startedAt().plus(attempts.get(0).duration()).plusSeconds(5));
    }

    @Test
    void doesGiveUpAfterTheLastScheduledRetryWhenTheEndpointKeepsFailing() {
      for (int i = 0; i < 7; i++) {
        receiver.thenReply(502);
      }
      loopbackNotifier().jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      assertThat(receiver.received()).hasSize(7);
      assertThat(outcomes("job_1"))
          .containsExactly(
              Outcome.RETRYING,
              Outcome.RETRYING,
              Outcome.RETRYING,
              Outcome.RETRYING,
              Outcome.RETRYING,
              Outcome.RETRYING,
              Outcome.FAILED);
      assertThat(Duration.between(START, clock.instant()))
          .isEqualTo(Duration.ofHours(17).plusMinutes(35).plusSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 410, 302})
    void doesNotRetryWhenTheEndpointAnswersAFinalStatus(int status) {
      receiver.thenReply(
          status, status == 302 ? Map.of("Location", "http://127.0.0.1:1/") : Map.of());
      loopbackNotifier().jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      assertThat(receiver.received()).hasSize(1);
      WebhookAttempt only = notifier.attempts("job_1").get(0);
      assertThat(only.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(only.statusCode()).isEqualTo(OptionalInt.of(status));
      assertThat(only.error().orElseThrow()).contains("answered " + status);
    }

    @Test
    void doesRetryWhenTheEndpointDoesNotAnswerInTime() {
      receiver.thenStall();
      notifier(http, WebhookAddressPolicy.allowing(Range.LOOPBACK), Duration.ofMillis(300))
          .jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      assertThat(receiver.received()).hasSize(2);
      List<WebhookAttempt> attempts = notifier.attempts("job_1");
      assertThat(attempts)
          .extracting(WebhookAttempt::outcome)
          .containsExactly(Outcome.RETRYING, Outcome.DELIVERED);
      assertThat(attempts.get(0).statusCode()).isEmpty();
      assertThat(attempts.get(0).error().orElseThrow()).startsWith("no response within 300 ms");
    }

    @Test
    void doesRetryWhenTheConnectionIsRefused() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = socket.getLocalPort();
      }
      loopbackNotifier()
          .jobEnded(
              succeeded(),
              request(URI.create("http://127.0.0.1:" + closedPort + "/hooks"), Map.of()));

      scheduler.runNext();

      WebhookAttempt first = notifier.attempts("job_1").get(0);
      assertThat(first.outcome()).isEqualTo(Outcome.RETRYING);
      assertThat(first.error().orElseThrow()).startsWith("connection failed");
      assertThat(scheduler.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void doesWaitAsLongAsRetryAfterAsksWhenTheEndpointIsRateLimited() {
      receiver.thenReply(429, Map.of("Retry-After", "90"));
      loopbackNotifier().jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      assertThat(scheduler.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(90));
      assertThat(outcomes("job_1")).containsExactly(Outcome.RETRYING, Outcome.DELIVERED);
    }
  }

  @Nested
  class AddressPolicy {

    /** A sender that only counts: proof that nothing was attempted. */
    private final List<WebhookSender.Request> sent = new ArrayList<>();

    private final WebhookSender counting =
        request -> {
          sent.add(request);
          return WebhookSender.Response.of(200);
        };

    /**
     * A notifier posting with {@code counting}, unsigned, to public addresses as {@code dns} says.
     */
    private WebhookNotifier publicOnlyNotifier(AddressGuard.HostResolver dns) {
      return new WebhookNotifier(
          WebhookConfig.builder()
              .sender(counting)
              .requestTimeout(Duration.ofSeconds(1))
              .schedule(WebhookRetrySchedule.DEFAULT)
              .guard(new AddressGuard(WebhookAddressPolicy.publicOnly(), dns))
              .scheduler(scheduler)
              .clock(clock)
              .ids(() -> "e1")
              .random(() -> 0.5)
              .nanoTime(System::nanoTime)
              .build());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://10.0.0.1/hooks",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]:8080/hooks",
          "https://[fd00::1]/hooks",
          "http://0.0.0.0:80/",
          "http://[::ffff:192.168.1.1]/",
          "http://198.18.0.1/hooks",
          "http://192.0.0.8/",
          "http://240.0.0.1/",
          "http://255.255.255.255/",
          "http://[64:ff9b:1::a00:1]/",
          "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"
        })
    void doesNeverSendWhenTheAddressIsRefused(String url) {
      notifier(counting, WebhookAddressPolicy.publicOnly(), Duration.ofSeconds(1))
          .jobEnded(succeeded(), request(URI.create(url), Map.of()));

      scheduler.runAll();

      assertThat(sent).isEmpty();
      WebhookAttempt only = notifier.attempts("job_1").get(0);
      assertThat(only.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(only.statusCode()).isEmpty();
      assertThat(only.error().orElseThrow())
          .startsWith("refused: host [")
          .contains("which the webhook address policy does not allow")
          .endsWith("nothing was sent");
    }

    @Test
    void doesNotContactALoopbackReceiverWhenThePolicyIsTheDefault() {
      notifier(http, WebhookAddressPolicy.publicOnly(), Duration.ofSeconds(1))
          .jobEnded(succeeded(), request(receiver.url(), Map.of()));

      scheduler.runAll();

      assertThat(receiver.received()).isEmpty();
      assertThat(notifier.attempts("job_1").get(0).error().orElseThrow())
          .contains("127.0.0.1, a loopback address");
    }

    @Test
    void doesRefuseAHostWhenAnyOfItsAddressesIsPrivate() throws IOException {
      List<InetAddress> answer =
          List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3"));
      notifier = publicOnlyNotifier(host -> answer);
      notifier.jobEnded(succeeded(), request(URI.create("https://hooks.example/in"), Map.of()));

      scheduler.runAll();

      assertThat(sent).isEmpty();
      assertThat(notifier.attempts("job_1").get(0).error().orElseThrow())
          .contains("host [hooks.example] resolves to 10.1.2.3, a private address");
    }

    @Test
    void doesPassTheCheckedAddressesWhenTheHostIsPublic() throws IOException {
      List<InetAddress> answer = List.of(InetAddress.getByName("93.184.215.14"));
      notifier = publicOnlyNotifier(host -> answer);
      notifier.jobEnded(succeeded(), request(URI.create("https://hooks.example/in"), Map.of()));

      scheduler.runAll();

      assertThat(sent).hasSize(1);
      assertThat(sent.get(0).addresses()).isEqualTo(answer);
      assertThat(sent.get(0).headers()).doesNotContainKey("webhook-signature");
      assertThat(sent.get(0).timeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void doesRetryWhenTheHostDoesNotResolve() {
      notifier =
          publicOnlyNotifier(
              host -> {
                throw new java.net.UnknownHostException(host);
              });
      notifier.jobEnded(succeeded(), request(URI.create("https://hooks.example/in"), Map.of()));

      scheduler.runNext();

      assertThat(sent).isEmpty();
      assertThat(outcomes("job_1")).containsExactly(Outcome.RETRYING);
    }
  }

  @Test
  void doesDropScheduledRetriesWhenClosed() {
    receiver.thenReply(500);
    loopbackNotifier().jobEnded(succeeded(), request(receiver.url(), Map.of()));
    scheduler.runNext();

    notifier.close(Duration.ZERO);
    notifier.jobEnded(succeeded(), request(receiver.url(), Map.of()));

    assertThat(scheduler.pending()).isZero();
    assertThat(receiver.received()).hasSize(1);
  }
}
