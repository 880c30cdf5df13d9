package dev.reportengine.core.internal.json;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Webhook;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * A create-job request as a tree, members in the schema's order, {@code on_miss} always written,
 * webhook headers sorted by name. Holds whatever the request holds, so the validator can judge it.
 */
final class RequestEncoder {
  private RequestEncoder() {}

  static ObjectNode encode(CreateReportJobRequest request) {
    ObjectNode root = JsonValues.NODES.objectNode();
    root.putObject("media").put("mediaId", request.mediaId());
    ObjectNode output = root.putObject("output");
    output.put("template", request.output().template().wireName());
    if (!request.output().templateParams().isEmpty()) {
      output.set("templateParams", JsonValues.objectNode(request.output().templateParams()));
    }
    root.set("target", target(request.target()));
    request.label().ifPresent(label -> root.put("label", label));
    request.entityLabel().ifPresent(label -> root.put("entityLabel", label));
    request.webhook().ifPresent(webhook -> root.set("webhook", webhook(webhook)));
    request.idempotencyKey().ifPresent(key -> root.put("idempotencyKey", key));
    return root;
  }

  private static ObjectNode target(TargetSpec target) {
    ObjectNode node = JsonValues.NODES.objectNode();
    node.put("strategy", target.strategy().wireName());
    node.put("on_miss", target.onMiss().wireName());
    target.timerange().ifPresent(range -> node.set("timerange", timerange(range)));
    target.hint().ifPresent(hint -> node.put("hint", hint));
    target.entityId().ifPresent(id -> node.put("entity_id", id));
    return node;
  }

  private static ObjectNode timerange(TimeRange range) {
    ObjectNode node = JsonValues.NODES.objectNode();
    range.startSeconds().ifPresent(s -> node.set("start_seconds", JsonValues.number(s)));
    range.endSeconds().ifPresent(e -> node.set("end_seconds", JsonValues.number(e)));
    return node;
  }

  private static ObjectNode webhook(Webhook webhook) {
    ObjectNode node = JsonValues.NODES.objectNode();
    node.put("url", webhook.url());
    if (!webhook.headers().isEmpty()) {
      ObjectNode headers = node.putObject("headers");
      Map<String, String> sorted = new TreeMap<>(webhook.headers());
      sorted.forEach(headers::put);
    }
    return node;
  }
}
