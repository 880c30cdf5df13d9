package dev.reportengine.templates.layout;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonNumber;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Durations;
import java.util.Map;

/**
 * Prints a metric exactly as the report's metrics map holds it, so every number shown in a card is
 * the metric's value: counts and decimals as written, shares as whole percentages, seconds as
 * spoken lengths. Reading from the map (not from the unrounded measurement) keeps the Markdown and
 * the metrics in agreement at every rounding edge.
 */
public final class MetricText {

  private MetricText() {}

  /** The number as written in the metrics, such as {@code 12} or {@code 0.85}. */
  public static String plain(Map<String, JsonValue> metrics, String key) {
    return number(metrics, key).value().toPlainString();
  }

  /** A 0..1 share as a whole percentage, such as {@code 43%}. */
  public static String percent(Map<String, JsonValue> metrics, String key) {
    return Decimals.percent(number(metrics, key).value().doubleValue());
  }

  /** Seconds as a spoken length, such as {@code 3 min 12 s}. */
  public static String duration(Map<String, JsonValue> metrics, String key) {
    return Durations.spoken(number(metrics, key).value().doubleValue());
  }

  private static JsonNumber number(Map<String, JsonValue> metrics, String key) {
    JsonValue v = metrics.get(key);
    if (!(v instanceof JsonNumber n)) {
      throw new IllegalArgumentException("metric [" + key + "] is not a number: " + v);
    }
    return n;
  }

  /** {@code n} and the noun that agrees with it: "1 question", "2 questions". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
