package dev.reportengine.core.internal.webhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes an event as compact UTF-8 JSON, members in the order of the schema. */
final class WebhookEventJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private WebhookEventJson() {}

  static byte[] write(WebhookEvent event) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("type", event.type());
    root.put("jobId", event.jobId());
    event.reportId().ifPresent(id -> root.put("reportId", id));
    root.put("status", event.status().wireName());
    event
        .error()
        .ifPresent(
            error ->
                root.putObject("error")
                    .put("code", error.code().wireName())
                    .put("message", error.message()));
    root.put("timestamp", event.timestamp().toString());
    return MAPPER.writeValueAsBytes(root);
  }
}
