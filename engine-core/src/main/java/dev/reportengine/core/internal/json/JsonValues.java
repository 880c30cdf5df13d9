package dev.reportengine.core.internal.json;

import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts between the API's {@link JsonValue} and Jackson trees, keeping member order. */
final class JsonValues {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /**
   * The tree of {@code value}.
   *
   * @throws IllegalArgumentException if it nests deeper than {@link JsonParsing#MAX_DEPTH}
   */
  static JsonNode toNode(JsonValue value) {
    return toNode(value, 0);
  }

  /** The tree of a double: exact decimal when finite, kept as a double node otherwise. */
  static JsonNode number(double value) {
    return Double.isFinite(value)
        ? NODES.numberNode(BigDecimal.valueOf(value))
        : NODES.numberNode(value);
  }

  /** The value of a tree read from JSON text. */
  static JsonValue fromNode(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), fromNode(e.getValue())));
        yield new JsonValue.JsonObject(members);
      }
      case ARRAY -> {
        List<JsonValue> elements = new ArrayList<>(node.size());
        node.forEach(element -> elements.add(fromNode(element)));
        yield new JsonValue.JsonArray(elements);
      }
      case STRING -> JsonValue.of(node.stringValue());
      case NUMBER -> {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
          throw new IllegalArgumentException(
              "JSON cannot represent the number " + node.doubleValue());
        }
        yield new JsonValue.JsonNumber(node.decimalValue());
      }
      case BOOLEAN -> JsonValue.of(node.booleanValue());
      case NULL -> JsonValue.NULL;
      default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    };
  }

  /** The members of an object read from JSON text, in order. */
  static Map<String, JsonValue> members(JsonNode object) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    object.properties().forEach(e -> members.put(e.getKey(), fromNode(e.getValue())));
    return members;
  }

  /** An object node holding {@code members} in their order. */
  static ObjectNode objectNode(Map<String, JsonValue> members) {
    ObjectNode object = NODES.objectNode();
    members.forEach((name, value) -> object.set(name, toNode(value, 1)));
    return object;
  }

  private static JsonNode toNode(JsonValue value, int depth) {
    if (depth > JsonParsing.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "JSON value nests deeper than " + JsonParsing.MAX_DEPTH + " levels");
    }
    if (value instanceof JsonValue.JsonObject object) {
      ObjectNode node = NODES.objectNode();
      object.members().forEach((name, member) -> node.set(name, toNode(member, depth + 1)));
      return node;
    }
    if (value instanceof JsonValue.JsonArray array) {
      ArrayNode node = NODES.arrayNode(array.elements().size());
      array.elements().forEach(element -> node.add(toNode(element, depth + 1)));
      return node;
    }
    if (value instanceof JsonValue.JsonString string) {
      return NODES.stringNode(string.value());
    }
    if (value instanceof JsonValue.JsonNumber number) {
      return NODES.numberNode(number.value());
    }
    if (value instanceof JsonValue.JsonBoolean bool) {
      return NODES.booleanNode(bool.value());
    }
    return NODES.nullNode();
  }
}
