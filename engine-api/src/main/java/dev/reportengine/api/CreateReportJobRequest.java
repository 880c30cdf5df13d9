package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /v1/reports/jobs}: which media, which template, about whom. Build one
 * with {@link #of(String, Template, TargetSpec)} and the {@code with*} methods. The record holds
 * what the caller gave; the engine validates it at submit and reports every violation at once.
 *
 * <pre>{@code
 * CreateReportJobRequest request =
 *     CreateReportJobRequest.of("call-42", Template.GENERAL_REPORT, TargetSpec.dominant())
 *         .withLabel("Weekly sync");
 * }</pre>
 *
 * @param mediaId {@code media.mediaId}
 * @param output {@code output}
 * @param target {@code target}
 * @param label {@code label}, 1 to 64 characters; a readable default is derived when absent
 * @param entityLabel {@code entityLabel}, 1 to 64 characters; overrides the entity's label
 * @param webhook {@code webhook}
 * @param idempotencyKey {@code idempotencyKey}
 */
public record CreateReportJobRequest(
    String mediaId,
    OutputSpec output,
    TargetSpec target,
    Optional<String> label,
    Optional<String> entityLabel,
    Optional<Webhook> webhook,
    Optional<String> idempotencyKey) {

  /** Requires non-null components. */
  public CreateReportJobRequest {
    Objects.requireNonNull(mediaId, "mediaId");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(entityLabel, "entityLabel");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /** A request with no label, entity label, webhook or idempotency key. */
  public static CreateReportJobRequest of(String mediaId, Template template, TargetSpec target) {
    return new CreateReportJobRequest(
        mediaId,
        OutputSpec.of(template),
        target,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Returns a copy with another output. */
  public CreateReportJobRequest withOutput(OutputSpec newOutput) {
    return new CreateReportJobRequest(
        mediaId, newOutput, target, label, entityLabel, webhook, idempotencyKey);
  }

  /** Returns a copy with a label. */
  public CreateReportJobRequest withLabel(String newLabel) {
    return new CreateReportJobRequest(
        mediaId, output, target, Optional.of(newLabel), entityLabel, webhook, idempotencyKey);
  }

  /** Returns a copy with an entity label. */
  public CreateReportJobRequest withEntityLabel(String newEntityLabel) {
    return new CreateReportJobRequest(
        mediaId, output, target, label, Optional.of(newEntityLabel), webhook, idempotencyKey);
  }

  /** Returns a copy with a webhook. */
  public CreateReportJobRequest withWebhook(Webhook newWebhook) {
    return new CreateReportJobRequest(
        mediaId, output, target, label, entityLabel, Optional.of(newWebhook), idempotencyKey);
  }

  /** Returns a copy with an idempotency key. */
  public CreateReportJobRequest withIdempotencyKey(String key) {
    return new CreateReportJobRequest(
        mediaId, output, target, label, entityLabel, webhook, Optional.of(key));
  }
}
