package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.core.testing.StandardWebhooksVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignerTest {
  // The Standard Webhooks reference test vector (standard-webhooks/standard-webhooks,
  // libraries/javascript/src/webhook.test.ts, "sign function works").
  private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long SPEC_TIMESTAMP = 1614265330;
  private static final String SPEC_PAYLOAD = "{\"test\": 2432232314}";
  private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void doesMatchTheSpecTestVectorWhenSigningItsMessage() {
    String signature =
        WebhookSigner.parse(SPEC_SECRET)
            .sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8));

    assertThat(signature).isEqualTo(SPEC_SIGNATURE);
  }

  @Test
  void doesVerifyIndependentlyWhenAReceiverChecksTheHeaders() {
    byte[] body = "{\"type\":\"report.succeeded\"}".getBytes(StandardCharsets.UTF_8);
    String signature = WebhookSigner.parse(SPEC_SECRET).sign("msg_1", 1700000000, body);

    Map<String, String> headers =
        Map.of(
            "webhook-id",
            "msg_1",
            "webhook-timestamp",
            "1700000000",
            "webhook-signature",
            signature);
    assertThat(StandardWebhooksVerifier.verifies(SPEC_SECRET, headers, body)).isTrue();
    assertThat(StandardWebhooksVerifier.verifies(SPEC_SECRET, headers, "{}".getBytes())).isFalse();
  }

  @Test
  void doesVerifyTheSpecVectorWhenTheIndependentVerifierChecksIt() {
    Map<String, String> headers =
        Map.of(
            "webhook-id",
            SPEC_ID,
            "webhook-timestamp",
            Long.toString(SPEC_TIMESTAMP),
            "webhook-signature",
            SPEC_SIGNATURE);

    assertThat(
            StandardWebhooksVerifier.verifies(
                SPEC_SECRET, headers, SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "whsec_not*base64",
        "whsec_c2hvcnQ=",
        "whsec_"
      })
  void doesRefuseTheSecretWhenItIsNotWhsecBase64OfEnoughBytes(String secret) {
    assertThatThrownBy(() -> WebhookSigner.parse(secret))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webhook secret")
        .satisfies(
            e -> {
              String key = secret.replace("whsec_", "");
              if (!key.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(key);
              }
            });
  }

  @Test
  void doesHideTheSecretWhenPrinted() {
    assertThat(WebhookSigner.parse(SPEC_SECRET).toString())
        .isEqualTo("whsec_…(24 bytes)")
        .doesNotContain("MfKQ");
  }
}
