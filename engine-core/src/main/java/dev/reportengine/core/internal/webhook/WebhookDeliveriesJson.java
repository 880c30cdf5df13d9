package dev.reportengine.core.internal.webhook;

import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * A job's webhook attempts as the body of {@code GET /v1/jobs/{jobId}/webhook-deliveries}, in the
 * order of {@code docs/contracts/webhook-deliveries.schema.json}.
 */
public final class WebhookDeliveriesJson {
  private WebhookDeliveriesJson() {}

  /** The body for a job and its attempts. */
  public static JsonValue of(String jobId, List<WebhookAttempt> attempts) {
    return JsonValue.JsonObject.builder()
        .put("jobId", jobId)
        .put(
            "attempts",
            JsonValue.array(attempts.stream().map(WebhookDeliveriesJson::attempt).toList()))
        .build();
  }

  private static JsonValue attempt(WebhookAttempt a) {
    JsonValue.JsonObject.Builder out =
        JsonValue.JsonObject.builder()
            .put("eventId", a.eventId())
            .put("attempt", a.number())
            .put("startedAt", a.startedAt().toString())
            .put(
                "durationMs",
                new JsonValue.JsonNumber(BigDecimal.valueOf(a.duration().toNanos(), 6)));
    a.statusCode().ifPresent(code -> out.put("statusCode", code));
    a.error().ifPresent(error -> out.put("error", error));
    out.put("outcome", a.outcome().wireName());
    a.nextAttemptAt().ifPresent(at -> out.put("nextAttemptAt", at.toString()));
    return out.build();
  }
}
