package dev.reportengine.templates.analysis;

import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds measurements half-up to a fixed number of decimals, so reports print the same bytes on
 * every machine.
 */
public final class Decimals {

  private Decimals() {}

  /** {@code value} rounded half-up to {@code scale} decimals. */
  public static BigDecimal round(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }

  /** {@code value} rounded half-up to {@code scale} decimals, as a JSON number. */
  public static JsonValue.JsonNumber json(double value, int scale) {
    return new JsonValue.JsonNumber(round(value, scale));
  }

  /**
   * {@code value} rounded half-up to {@code scale} decimals, written as in the JSON reports: no
   * trailing zeros ("0.94", "1").
   */
  public static String plain(double value, int scale) {
    return round(value, scale).stripTrailingZeros().toPlainString();
  }

  /** A share in 0..1 as a whole percentage, taken from the share rounded to 3 decimals. */
  public static String percent(double share) {
    return round(share, 3).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }
}
