package dev.reportengine.core;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test-data builder for create-job request bodies: starts from a valid request and changes one
 * member at a time, addressed by JSON Pointer.
 */
final class RequestJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** A valid body that uses every field of the contract. */
  static final String BASE =
      """
      {
        "media": {"mediaId": "call-42"},
        "output": {
          "template": "general_report",
          "templateParams": {"max_quotes": 3, "include_metrics": true}
        },
        "target": {"strategy": "magic_hint", "on_miss": "fallback_dominant", "hint": "the seller"},
        "label": "Discovery call",
        "entityLabel": "Maria",
        "webhook": {"url": "https://hooks.example.com/reports", "headers": {"X-Token": "abc"}},
        "idempotencyKey": "key-1"
      }
      """;

  private final ObjectNode root;

  private RequestJson(ObjectNode root) {
    this.root = root;
  }

  /** A builder holding {@link #BASE}. */
  static RequestJson base() {
    return new RequestJson((ObjectNode) MAPPER.readTree(BASE));
  }

  /**
   * Sets the member (or array element) at {@code pointer} to the JSON text {@code value}, creating
   * a member if absent.
   */
  RequestJson with(String pointer, String value) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), MAPPER.readTree(value));
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), MAPPER.readTree(value));
    }
    return this;
  }

  /** Sets the member at {@code pointer} to a string of {@code length} copies of {@code x}. */
  RequestJson withLongString(String pointer, int length) {
    return with(pointer, "\"" + "x".repeat(length) + "\"");
  }

  /** Removes the member at {@code pointer}. */
  RequestJson without(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    parent(at).remove(at.last().getMatchingProperty());
    return this;
  }

  private ObjectNode parent(JsonPointer at) {
    JsonNode parent = root.at(at.head());
    return (ObjectNode) parent;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
