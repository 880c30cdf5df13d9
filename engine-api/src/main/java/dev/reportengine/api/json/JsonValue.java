package dev.reportengine.api.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON value. Objects keep their members in insertion order, so a value built the same
 * way always serializes to the same bytes.
 *
 * <pre>{@code
 * JsonValue raw = JsonValue.object(Map.of("analysis_version", JsonValue.of("1")));
 * }</pre>
 */
public sealed interface JsonValue
    permits JsonValue.JsonObject,
        JsonValue.JsonArray,
        JsonValue.JsonString,
        JsonValue.JsonNumber,
        JsonValue.JsonBoolean,
        JsonValue.JsonNull {

  /** The JSON {@code null} literal. */
  JsonNull NULL = new JsonNull();

  /** Returns a JSON string. */
  static JsonString of(String value) {
    return new JsonString(value);
  }

  /** Returns a JSON number holding the exact decimal value of {@code value}. */
  static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * Returns a JSON number for a finite double.
   *
   * @throws IllegalArgumentException for NaN or an infinity, which JSON cannot represent
   */
  static JsonNumber of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
    }
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /** Returns a JSON boolean. */
  static JsonBoolean of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /** Returns a JSON object with the members of {@code members} in their iteration order. */
  @SuppressWarnings("unchecked") // read only: the constructor copies it (or shares frozen members)
  static JsonObject object(Map<String, ? extends JsonValue> members) {
    return new JsonObject((Map<String, JsonValue>) Objects.requireNonNull(members, "members"));
  }

  /** Returns a JSON array. */
  static JsonArray array(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /** A JSON object; member order is preserved and significant for serialization only. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /** Copies {@code members}, keeping their order; no key or value may be null. */
    public JsonObject {
      Objects.requireNonNull(members, "members");
      if (!(members instanceof FrozenMembers)) { // another object's members: checked, immutable
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach(
            (k, v) ->
                copy.put(
                    Objects.requireNonNull(k, "member name"),
                    Objects.requireNonNull(v, () -> "value of member " + k)));
        members = new FrozenMembers(copy);
      }
    }

    /** Returns the member named {@code name}, if present. */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    /** Starts an ordered builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JsonObject} member by member, in order. Not thread-safe. */
    public static final class Builder {
      private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

      private Builder() {}

      /** Adds or replaces a member. */
      public Builder put(String name, JsonValue value) {
        members.put(name, value);
        return this;
      }

      /** Adds or replaces a string member. */
      public Builder put(String name, String value) {
        return put(name, JsonValue.of(value));
      }

      /** Adds or replaces an integer member. */
      public Builder put(String name, long value) {
        return put(name, JsonValue.of(value));
      }

      /** Adds or replaces a number member. */
      public Builder put(String name, double value) {
        return put(name, JsonValue.of(value));
      }

      /** Adds or replaces a boolean member. */
      public Builder put(String name, boolean value) {
        return put(name, JsonValue.of(value));
      }

      /** Returns the object built so far. */
      public JsonObject build() {
        return new JsonObject(members);
      }
    }
  }

  /** A JSON array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /** Copies {@code elements}; no element may be null (use {@link JsonValue#NULL}). */
    public JsonArray {
      elements = Collections.unmodifiableList(new ArrayList<>(List.copyOf(elements)));
    }
  }

  /** A JSON string. */
  record JsonString(String value) implements JsonValue {
    /** Requires a non-null value. */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A JSON number, kept as an exact decimal. Equality is numeric: {@code 1.0} equals {@code 1}. */
  record JsonNumber(BigDecimal value) implements JsonValue {
    /** Requires a non-null value and strips trailing zeros so equal numbers are equal records. */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Returns whether the value has no fractional part. */
    public boolean isIntegral() {
      return value.scale() <= 0;
    }
  }

  /** A JSON boolean. */
  record JsonBoolean(boolean value) implements JsonValue {
    static final JsonBoolean TRUE = new JsonBoolean(true);
    static final JsonBoolean FALSE = new JsonBoolean(false);
  }

  /** The JSON null literal; use {@link JsonValue#NULL}. */
  record JsonNull() implements JsonValue {}
}
