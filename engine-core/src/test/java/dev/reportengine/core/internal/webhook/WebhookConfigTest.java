package dev.reportengine.core.internal.webhook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookConfigTest {

  @Test
  void buildNamesEveryRequiredPartThatIsNotSet() {
    assertThatThrownBy(() -> WebhookConfig.builder().nanoTime(System::nanoTime).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "WebhookConfig: not set: sender, schedule, guard, scheduler, clock, ids, random");
  }

  @Test
  void requestTimeoutMustBePositive() {
    assertThatThrownBy(() -> WebhookConfig.builder().requestTimeout(Duration.ZERO))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("WebhookConfig: requestTimeout must be positive, was PT0S");
  }

  @Test
  void setterRefusesNullNamingThePart() {
    assertThatThrownBy(() -> WebhookConfig.builder().signer(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("WebhookConfig: signer must not be null");
  }
}
