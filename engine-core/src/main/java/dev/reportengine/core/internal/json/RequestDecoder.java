package dev.reportengine.core.internal.json;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * A create-job request from a tree that {@link RequestValidator} accepted; an omitted {@code
 * on_miss} becomes {@link OnMiss#ERROR} and JSON null an empty optional.
 */
final class RequestDecoder {
  private RequestDecoder() {}

  static CreateReportJobRequest decode(JsonNode root) {
    JsonNode output = root.get("output");
    Map<String, JsonValue> params =
        output.has("templateParams") ? JsonValues.members(output.get("templateParams")) : Map.of();
    return new CreateReportJobRequest(
        root.get("media").get("mediaId").stringValue(),
        new OutputSpec(
            Template.fromWireName(output.get("template").stringValue()).orElseThrow(), params),
        target(root.get("target")),
        string(root, "label"),
        string(root, "entityLabel"),
        Optional.ofNullable(root.get("webhook")).map(RequestDecoder::webhook),
        string(root, "idempotencyKey"));
  }

  private static TargetSpec target(JsonNode target) {
    TargetStrategy strategy =
        TargetStrategy.fromWireName(target.get("strategy").stringValue()).orElseThrow();
    OnMiss onMiss = string(target, "on_miss").flatMap(OnMiss::fromWireName).orElse(OnMiss.ERROR);
    Optional<TimeRange> timerange =
        present(target, "timerange")
            .map(
                range ->
                    new TimeRange(seconds(range, "start_seconds"), seconds(range, "end_seconds")));
    return new TargetSpec(
        strategy, onMiss, timerange, string(target, "hint"), string(target, "entity_id"));
  }

  private static Webhook webhook(JsonNode webhook) {
    Map<String, String> headers = new LinkedHashMap<>();
    present(webhook, "headers")
        .ifPresent(
            h -> h.properties().forEach(e -> headers.put(e.getKey(), e.getValue().stringValue())));
    return new Webhook(webhook.get("url").stringValue(), headers);
  }

  private static OptionalDouble seconds(JsonNode range, String name) {
    return present(range, name)
        .map(value -> OptionalDouble.of(value.decimalValue().doubleValue()))
        .orElse(OptionalDouble.empty());
  }

  private static Optional<String> string(JsonNode object, String name) {
    return present(object, name).map(JsonNode::stringValue);
  }

  private static Optional<JsonNode> present(JsonNode object, String name) {
    return Optional.ofNullable(object.get(name)).filter(node -> !node.isNull());
  }
}
