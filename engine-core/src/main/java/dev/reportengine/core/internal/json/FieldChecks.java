package dev.reportengine.core.internal.json;

import dev.reportengine.api.json.JsonText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks of one node against the schema rules (type, presence, unknown members, enums, lengths,
 * bounds; formats are in {@link FormatChecks}) that record a violation instead of throwing, and
 * hand back the value only when it passed.
 */
final class FieldChecks {
  private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);

  private final Violations violations;
  private final String documentName;

  /**
   * Checks recording into {@code violations}; {@code documentName} names the whole document in
   * messages, such as {@code the request body}.
   */
  FieldChecks(Violations violations, String documentName) {
    this.violations = violations;
    this.documentName = documentName;
  }

  void add(Pointer pointer, ViolationCode code, String message) {
    violations.add(pointer, code, message);
  }

  /** The name of the field at {@code pointer} for messages. */
  String name(Pointer pointer) {
    return pointer.isRoot() ? documentName : pointer.label();
  }

  Optional<ObjectNode> object(JsonNode node, Pointer pointer) {
    if (node.isObject()) {
      return Optional.of((ObjectNode) node);
    }
    typeMismatch(node, pointer, "an object");
    return Optional.empty();
  }

  Optional<ArrayNode> array(JsonNode node, Pointer pointer) {
    if (node.isArray()) {
      return Optional.of((ArrayNode) node);
    }
    typeMismatch(node, pointer, "an array");
    return Optional.empty();
  }

  void typeMismatch(JsonNode node, Pointer pointer, String expected) {
    add(
        pointer,
        ViolationCode.TYPE,
        name(pointer) + " must be " + expected + ", got " + typeName(node));
  }

  /** Records {@code unknown_field} for every member of {@code object} not in {@code allowed}. */
  void knownFields(ObjectNode object, Pointer pointer, List<String> allowed) {
    for (String member : object.propertyNames()) {
      if (!allowed.contains(member)) {
        add(
            pointer.child(member),
            ViolationCode.UNKNOWN_FIELD,
            "unknown field "
                + Texts.quote(member)
                + " in "
                + name(pointer)
                + "; allowed: "
                + Texts.list(allowed));
      }
    }
  }

  /** The member, which may be JSON null; records {@code required} at its pointer if absent. */
  Optional<JsonNode> required(ObjectNode object, Pointer pointer, String member) {
    JsonNode node = object.get(member);
    if (node == null) {
      Pointer at = pointer.child(member);
      add(at, ViolationCode.REQUIRED, name(at) + " is required");
    }
    return Optional.ofNullable(node);
  }

  /** The member if present, even when JSON null. */
  static Optional<JsonNode> member(ObjectNode object, String member) {
    return Optional.ofNullable(object.get(member));
  }

  /** The member if present and not JSON null. */
  static Optional<JsonNode> nonNull(ObjectNode object, String member) {
    return member(object, member).filter(node -> !node.isNull());
  }

  Optional<String> string(JsonNode node, Pointer pointer) {
    if (node.isString()) {
      return Optional.of(node.stringValue());
    }
    typeMismatch(node, pointer, "a string");
    return Optional.empty();
  }

  /** A string of {@code min} to {@code max} characters (Unicode code points, as JSON Schema). */
  Optional<String> string(JsonNode node, Pointer pointer, int min, int max) {
    return string(node, pointer)
        .filter(
            value -> {
              int length = value.codePointCount(0, value.length());
              if (length < min) {
                add(
                    pointer,
                    ViolationCode.MIN_LENGTH,
                    name(pointer) + " must have at least " + min + " characters, got " + length);
                return false;
              }
              if (length > max) {
                add(
                    pointer,
                    ViolationCode.MAX_LENGTH,
                    name(pointer) + " must have at most " + max + " characters, got " + length);
                return false;
              }
              return true;
            });
  }

  /**
   * An identifier: a string of {@code min} to {@code max} characters without control characters
   * (C0, DEL, C1), formatting characters (bidirectional embeddings, overrides, isolates and marks,
   * zero-width characters, the byte order mark), line or paragraph separators or unpaired
   * surrogates, any of which could disguise the id in a terminal, a log or a report.
   */
  Optional<String> id(JsonNode node, Pointer pointer, int min, int max) {
    return string(node, pointer, min, max)
        .filter(
            value -> {
              int at = 0;
              for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                at++;
                if (isHidden(cp)) {
                  add(
                      pointer,
                      ViolationCode.INVALID_CHARACTER,
                      name(pointer)
                          + " must not contain control, formatting or bidirectional characters;"
                          + String.format(Locale.ROOT, " found U+%04X at character %d", cp, at));
                  return false;
                }
                i += Character.charCount(cp);
              }
              return true;
            });
  }

  private static boolean isHidden(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  /** A string that is one of {@code accepted}. */
  Optional<String> oneOf(JsonNode node, Pointer pointer, List<String> accepted) {
    return string(node, pointer)
        .filter(
            value -> {
              if (accepted.contains(value)) {
                return true;
              }
              add(
                  pointer,
                  ViolationCode.ENUM,
                  name(pointer)
                      + " must be one of: "
                      + Texts.list(accepted)
                      + "; got "
                      + Texts.quote(value));
              return false;
            });
  }

  /** A number that a Java {@code double} can hold, within the optional bounds (inclusive). */
  Optional<BigDecimal> number(JsonNode node, Pointer pointer, BigDecimal min, BigDecimal max) {
    if (!node.isNumber()) {
      typeMismatch(node, pointer, "a number");
      return Optional.empty();
    }
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      add(pointer, ViolationCode.NUMBER_RANGE, name(pointer) + " must be a finite number");
      return Optional.empty();
    }
    BigDecimal value = node.decimalValue();
    if (value.abs().compareTo(MAX_DOUBLE) > 0) {
      add(
          pointer,
          ViolationCode.NUMBER_RANGE,
          name(pointer) + " is too large for a double: " + Texts.shorten(value.toString()));
      return Optional.empty();
    }
    if (min != null && value.compareTo(min) < 0) {
      add(
          pointer,
          ViolationCode.MINIMUM,
          name(pointer) + " must be at least " + JsonText.number(min) + ", got " + show(value));
      return Optional.empty();
    }
    if (max != null && value.compareTo(max) > 0) {
      add(
          pointer,
          ViolationCode.MAXIMUM,
          name(pointer) + " must be at most " + JsonText.number(max) + ", got " + show(value));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The JSON type of {@code node} for messages, such as {@code an array}. */
  static String typeName(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String show(BigDecimal value) {
    return Texts.shorten(JsonText.number(value));
  }
}
