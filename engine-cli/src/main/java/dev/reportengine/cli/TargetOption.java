package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --target}: {@code dominant}, {@code entity:ID}, {@code hint:TEXT} or {@code
 * range:START-END} (either bound may be empty; bounds in seconds, {@code mm:ss} or {@code h:mm:ss})
 * into the request's {@code target} object.
 */
final class TargetOption {

  static final String FORMS = "dominant, entity:ID, hint:TEXT, range:START-END";

  private static final Pattern RANGE = Pattern.compile("([^-]*)-([^-]*)");
  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");

  private TargetOption() {}

  /**
   * The target object for {@code value} with the given {@code on_miss} (null to omit it).
   *
   * @throws IllegalArgumentException naming the option, the value and the accepted forms
   */
  static JsonValue.JsonObject parse(String value, String onMiss) {
    JsonValue.JsonObject.Builder target = JsonValue.JsonObject.builder();
    if (value.equals("dominant")) {
      target.put("strategy", "dominant");
    } else if (value.startsWith("entity:")) {
      target.put("strategy", "entity_id").put("entity_id", value.substring("entity:".length()));
    } else if (value.startsWith("hint:")) {
      target.put("strategy", "magic_hint").put("hint", value.substring("hint:".length()));
    } else if (value.startsWith("range:")) {
      Matcher m = RANGE.matcher(value.substring("range:".length()));
      if (!m.matches() || m.group(1).isBlank() && m.group(2).isBlank()) {
        throw invalid(value);
      }
      target
          .put("strategy", "timerange")
          .put(
              "timerange",
              JsonValue.JsonObject.builder()
                  .put("start_seconds", seconds(m.group(1), value))
                  .put("end_seconds", seconds(m.group(2), value))
                  .build());
    } else {
      throw invalid(value);
    }
    if (onMiss != null) {
      target.put("on_miss", onMiss);
    }
    return target.build();
  }

  private static JsonValue seconds(String text, String whole) {
    String t = text.strip();
    if (t.isEmpty()) {
      return JsonValue.NULL;
    }
    Matcher clock = CLOCK.matcher(t);
    if (clock.matches()) {
      BigDecimal hours = new BigDecimal(clock.group(1) == null ? "0" : clock.group(1));
      BigDecimal total =
          hours
              .multiply(BigDecimal.valueOf(3600))
              .add(new BigDecimal(clock.group(2)).multiply(BigDecimal.valueOf(60)))
              .add(new BigDecimal(clock.group(3)));
      return new JsonValue.JsonNumber(total);
    }
    try {
      return new JsonValue.JsonNumber(new BigDecimal(t));
    } catch (NumberFormatException e) {
      throw invalid(whole);
    }
  }

  private static IllegalArgumentException invalid(String value) {
    return new IllegalArgumentException(
        "--target: cannot read ["
            + value
            + "]; accepted: "
            + FORMS
            + " (times in seconds, mm:ss or h:mm:ss)");
  }
}
