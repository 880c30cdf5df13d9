package dev.reportengine.core.internal.json;

import java.math.BigDecimal;

/**
 * Writes numbers the way JavaScript does: without trailing zeros, plain when the decimal exponent
 * lies in -7..20, in scientific notation otherwise, so that equal numbers give equal text.
 */
final class NumberText {
  private NumberText() {}

  static String format(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    if (exponent >= -7 && exponent < 21) {
      return stripped.toPlainString();
    }
    String digits = stripped.unscaledValue().abs().toString();
    StringBuilder text = new StringBuilder();
    if (stripped.signum() < 0) {
      text.append('-');
    }
    text.append(digits.charAt(0));
    if (digits.length() > 1) {
      text.append('.').append(digits, 1, digits.length());
    }
    return text.append(exponent > 0 ? "E+" : "E").append(exponent).toString();
  }
}
