package dev.reportengine.media.internal;

import dev.reportengine.media.TranscriptText;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields vendor transcript JSON holds, leniently where vendors differ (numbers written as
 * strings) and strictly where a value cannot be used (a time that is not a number, negative, not
 * finite or beyond {@link #MAX_SECONDS}; an array, object or label of the wrong type): such errors
 * name the file and the JSON Pointer.
 */
final class JsonReads {

  /** The latest time a transcript may give, in seconds: about 115 days, beyond any recording. */
  static final double MAX_SECONDS = 1e7;

  private final TranscriptText source;

  JsonReads(TranscriptText source) {
    this.source = source;
  }

  /** A time in seconds, when the field is present and not null. */
  OptionalDouble seconds(JsonNode parent, String field, String pointer) {
    return number(parent, field, pointer, 1);
  }

  /** A time in integer or fractional milliseconds, returned in seconds. */
  OptionalDouble millis(JsonNode parent, String field, String pointer) {
    return number(parent, field, pointer, 1000);
  }

  /** A time in seconds that must be there. */
  double requiredSeconds(JsonNode parent, String field, String pointer) {
    return seconds(parent, field, pointer)
        .orElseThrow(() -> source.errorAt(pointer + "/" + field, "missing time"));
  }

  /** A time in milliseconds that must be there, in seconds. */
  double requiredMillis(JsonNode parent, String field, String pointer) {
    return millis(parent, field, pointer)
        .orElseThrow(() -> source.errorAt(pointer + "/" + field, "missing time"));
  }

  /** A confidence clamped to 0..1, when the field is a number or a numeric string. */
  static OptionalDouble confidence(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !(node.isNumber() || node.isString())) {
      return OptionalDouble.empty();
    }
    try {
      double value = node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
      return Double.isFinite(value)
          ? OptionalDouble.of(Math.max(0, Math.min(1, value)))
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** A string field (numbers and booleans are written as text), when present and not null. */
  Optional<String> text(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull() || node.isContainer()) {
      return Optional.empty();
    }
    return Optional.of(node.asString());
  }

  /** Fails unless {@code start <= end}. */
  void checkOrder(double start, double end, String pointer) {
    if (end < start) {
      throw source.errorAt(pointer, "end " + end + " is before start " + start);
    }
  }

  /**
   * The array at {@code field}, an empty one when the field is absent or null; fails naming the
   * pointer when it is another type.
   */
  JsonNode elements(JsonNode parent, String field, String pointer) {
    JsonNode node = object(parent, pointer).get(field);
    if (node == null || node.isNull()) {
      return MediaJson.MAPPER.createArrayNode();
    }
    if (!node.isArray()) {
      throw source.errorAt(
          pointer + "/" + field, "expected an array, found " + StrictJsonObject.describe(node));
    }
    return node;
  }

  /**
   * A label such as a speaker: a string, or a number written as text; empty when absent or null;
   * fails naming the pointer when it is another type.
   */
  Optional<String> label(JsonNode parent, String field, String pointer) {
    JsonNode node = object(parent, pointer).get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString() && !node.isNumber()) {
      throw source.errorAt(
          pointer + "/" + field,
          "expected a string or a number, found " + StrictJsonObject.describe(node));
    }
    return Optional.of(node.asString());
  }

  /** A string such as a type tag; empty when absent or null; fails when another type. */
  Optional<String> string(JsonNode parent, String field, String pointer) {
    JsonNode node = object(parent, pointer).get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      throw source.errorAt(
          pointer + "/" + field, "expected a string, found " + StrictJsonObject.describe(node));
    }
    return Optional.of(node.stringValue());
  }

  /** The node when it is an object or absent; fails naming the pointer when another type. */
  private JsonNode object(JsonNode node, String pointer) {
    if (!node.isObject() && !node.isMissingNode()) {
      throw source.errorAt(pointer, "expected an object, found " + StrictJsonObject.describe(node));
    }
    return node;
  }

  /** The array at {@code field}, or fails naming the pointer. */
  JsonNode array(JsonNode parent, String field, String pointer) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray()) {
      throw source.errorAt(
          pointer + "/" + field,
          "expected an array, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    return node;
  }

  private OptionalDouble number(JsonNode parent, String field, String pointer, double divisor) {
    JsonNode node = object(parent, pointer).get(field);
    if (node == null || node.isNull()) {
      return OptionalDouble.empty();
    }
    String at = pointer + "/" + field;
    double value;
    if (node.isNumber()) {
      value = node.asDouble();
    } else if (node.isString()) {
      try {
        value = Double.parseDouble(node.asString().strip());
      } catch (NumberFormatException e) {
        throw source.errorAt(
            at, "expected a time in seconds, found \"" + abbreviate(node.asString()) + "\"");
      }
    } else {
      throw source.errorAt(at, "expected a time, found " + node.getNodeType());
    }
    if (!Double.isFinite(value)) {
      throw source.errorAt(at, "time " + value + " is not finite");
    }
    if (value < 0) {
      throw source.errorAt(at, "negative time " + node.asString() + "; times start at 0");
    }
    if (value / divisor > MAX_SECONDS) {
      throw source.errorAt(
          at,
          "time "
              + (node.isNumber() ? node.asString() : abbreviate(node.asString()))
              + (divisor == 1 ? "" : " ms")
              + " is beyond the largest accepted, "
              + (long) MAX_SECONDS
              + " seconds");
    }
    return OptionalDouble.of(value / divisor);
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
