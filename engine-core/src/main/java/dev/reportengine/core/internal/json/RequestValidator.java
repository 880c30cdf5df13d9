package dev.reportengine.core.internal.json;

import dev.reportengine.api.Violation;
import dev.reportengine.core.RequestRules;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one validator of create-job requests: every rule of the request schema plus the contract's
 * semantic rules, reporting every violation found.
 */
final class RequestValidator {
  private static final List<String> FIELDS =
      List.of("media", "output", "target", "label", "entityLabel", "webhook", "idempotencyKey");
  private static final List<String> MEDIA_FIELDS = List.of("mediaId");

  private RequestValidator() {}

  /** Every violation in {@code body} under {@code rules}; empty when the request is valid. */
  static List<Violation> validate(JsonNode body, RequestRules rules) {
    Violations violations = new Violations();
    FieldChecks checks = new FieldChecks(violations, "the request body");
    checks.object(body, Pointer.ROOT).ifPresent(root -> validateRoot(root, rules, checks));
    return violations.toList();
  }

  private static void validateRoot(ObjectNode root, RequestRules rules, FieldChecks checks) {
    Pointer here = Pointer.ROOT;
    checks.knownFields(root, here, FIELDS);
    checks.required(root, here, "media").ifPresent(media -> validateMedia(media, checks));
    checks
        .required(root, here, "output")
        .ifPresent(output -> OutputValidator.validate(output, rules, checks));
    checks
        .required(root, here, "target")
        .ifPresent(target -> TargetValidator.validate(target, checks));
    FieldChecks.member(root, "label")
        .ifPresent(label -> checks.string(label, here.child("label"), 1, 64));
    FieldChecks.member(root, "entityLabel")
        .ifPresent(label -> checks.string(label, here.child("entityLabel"), 1, 64));
    FieldChecks.member(root, "webhook")
        .ifPresent(webhook -> WebhookValidator.validate(webhook, here.child("webhook"), checks));
    FieldChecks.member(root, "idempotencyKey")
        .ifPresent(key -> checks.id(key, here.child("idempotencyKey"), 1, 255));
  }

  private static void validateMedia(JsonNode node, FieldChecks checks) {
    Pointer here = Pointer.ROOT.child("media");
    checks
        .object(node, here)
        .ifPresent(
            media -> {
              checks.knownFields(media, here, MEDIA_FIELDS);
              checks
                  .required(media, here, "mediaId")
                  .ifPresent(id -> checks.id(id, here.child("mediaId"), 1, 1024));
            });
  }
}
