package dev.reportengine.templates.layout;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonArray;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.api.json.JsonValue.JsonString;
import java.util.List;
import java.util.Optional;

/** Reads structured template parameters that the engine has already checked against the spec. */
public final class Params {

  private Params() {}

  /** The elements of an array value; empty when absent. */
  public static List<JsonValue> array(Optional<JsonValue> value) {
    return value
        .filter(JsonArray.class::isInstance)
        .map(v -> ((JsonArray) v).elements())
        .orElse(List.of());
  }

  /** The strings of an array value; empty when absent. */
  public static List<String> strings(Optional<JsonValue> value) {
    return array(value).stream()
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).value())
        .toList();
  }

  /** A string member of an object. */
  public static Optional<String> string(JsonValue object, String name) {
    return member(object, name)
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).value());
  }

  /** A number member of an object. */
  public static Optional<Double> number(JsonValue object, String name) {
    return member(object, name)
        .filter(JsonNumber.class::isInstance)
        .map(v -> ((JsonNumber) v).value().doubleValue());
  }

  /** A member of an object. */
  public static Optional<JsonValue> member(JsonValue object, String name) {
    return object instanceof JsonObject o ? o.get(name) : Optional.empty();
  }
}
