package dev.reportengine.media.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * Typed, strict access to one JSON object: each getter records a violation at the field's JSON
 * Pointer instead of throwing, so that one pass reports every problem.
 */
final class StrictJsonObject {

  private final JsonNode node;
  private final String pointer;
  private final Violations violations;

  private StrictJsonObject(JsonNode node, String pointer, Violations violations) {
    this.node = node;
    this.pointer = pointer;
    this.violations = violations;
  }

  /** The object at {@code pointer}, or empty (with a violation) when the node is not an object. */
  static Optional<StrictJsonObject> of(
      JsonNode node, String pointer, List<String> allowed, Violations violations) {
    if (!node.isObject()) {
      violations.add(pointer, "expected an object, found " + describe(node));
      return Optional.empty();
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        violations.add(
            Violations.child(pointer, name),
            "unknown field; allowed: " + String.join(", ", allowed));
      }
    }
    return Optional.of(new StrictJsonObject(node, pointer, violations));
  }

  String pointer(String field) {
    return Violations.child(pointer, field);
  }

  Optional<String> string(String field, boolean required, boolean nullable) {
    JsonNode value = node.get(field);
    if (value == null || (nullable && value.isNull())) {
      if (required) {
        violations.add(pointer(field), "missing; expected a string");
      }
      return Optional.empty();
    }
    if (!value.isString()) {
      violations.add(pointer(field), "expected a string, found " + describe(value));
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  /** A required non-blank string. */
  Optional<String> id(String field) {
    Optional<String> value = string(field, true, false);
    if (value.isPresent() && value.get().isBlank()) {
      violations.add(pointer(field), "must not be blank");
      return Optional.empty();
    }
    return value;
  }

  OptionalDouble number(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (required) {
        violations.add(pointer(field), "missing; expected a number");
      }
      return OptionalDouble.empty();
    }
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      violations.add(pointer(field), "expected a finite number, found " + describe(value));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value.doubleValue());
  }

  /** A number of seconds, at least 0 and at most {@link JsonReads#MAX_SECONDS}. */
  OptionalDouble seconds(String field, boolean required) {
    OptionalDouble value = number(field, required);
    if (value.isPresent() && value.getAsDouble() < 0) {
      violations.add(pointer(field), "must be at least 0, found " + value.getAsDouble());
      return OptionalDouble.empty();
    }
    if (value.isPresent() && value.getAsDouble() > JsonReads.MAX_SECONDS) {
      violations.add(
          pointer(field),
          "must be at most "
              + (long) JsonReads.MAX_SECONDS
              + " seconds, found "
              + value.getAsDouble());
      return OptionalDouble.empty();
    }
    return value;
  }

  /** The elements of an array field, empty when absent or not an array. */
  List<JsonNode> array(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (required) {
        violations.add(pointer(field), "missing; expected an array");
      }
      return List.of();
    }
    if (!value.isArray()) {
      violations.add(pointer(field), "expected an array, found " + describe(value));
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>();
    value.forEach(elements::add);
    return elements;
  }

  /** An optional object whose values are all strings. */
  Map<String, String> stringMap(String field) {
    JsonNode value = node.get(field);
    Map<String, String> result = new LinkedHashMap<>();
    if (value == null) {
      return result;
    }
    if (!value.isObject()) {
      violations.add(pointer(field), "expected an object of strings, found " + describe(value));
      return result;
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (e.getValue().isString()) {
        result.put(e.getKey(), e.getValue().stringValue());
      } else {
        violations.add(
            Violations.child(pointer(field), e.getKey()),
            "expected a string, found " + describe(e.getValue()));
      }
    }
    return result;
  }

  /** A short description of a JSON value for messages. */
  static String describe(JsonNode value) {
    if (value.isString()) {
      String s = value.stringValue();
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + value.numberValue();
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "an array" : "an object";
  }
}
