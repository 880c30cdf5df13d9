package dev.reportengine.api.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link JsonValue} as JSON text: two-space indentation, members in their stored order and
 * numbers as JavaScript prints them, so equal values always give the same bytes. It is the one JSON
 * writer of the engine: the contract documents ({@code report.json}, job and error responses), the
 * JSON blocks of Markdown reports and those of PDFs all come from here.
 *
 * <p>Strings escape quotes, backslashes, every control character (C0 and C1), the line and
 * paragraph separators U+2028 and U+2029, and the bidirectional embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069) as {@code \}{@code uXXXX} (lower-case hex), so a value read
 * back is the value written, while printed text never spans lines, moves a terminal's cursor or
 * displays reordered.
 */
public final class JsonText {

  private static final String INDENT = "  ";

  private JsonText() {}

  /** The text of {@code value}. */
  public static String pretty(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out, Integer.MAX_VALUE);
    return out.toString();
  }

  /**
   * The text of {@code value} cut after {@code maxChars} characters, followed by a line that says
   * where it was cut; a value that fits is written whole. Writing stops soon after the bound, so a
   * huge value costs about {@code maxChars}, not its size.
   *
   * @throws IllegalArgumentException if {@code maxChars} is negative
   */
  public static String pretty(JsonValue value, int maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must be 0 or more, was " + maxChars);
    }
    StringBuilder out = new StringBuilder();
    write(value, 0, out, maxChars);
    if (out.length() > maxChars) {
      out.setLength(maxChars);
      out.append("\n\u2026 (cut at ").append(maxChars).append(" characters)");
    }
    return out.toString();
  }

  /**
   * A number as JavaScript writes it: without trailing zeros, plain when its decimal exponent lies
   * in -7..20 ({@code 0.000001}, {@code 12500}), in scientific notation otherwise ({@code 1E-8},
   * {@code 1.5E+21}).
   */
  public static String number(BigDecimal value) {
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

  /**
   * Whether {@code c} is a bidirectional embedding, override or isolate (U+202A to U+202E, U+2066
   * to U+2069), which reorders how the text after it displays. The marks LRM, RLM and ALM, which
   * right-to-left text uses, are not.
   */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static void write(JsonValue value, int depth, StringBuilder out, int maxChars) {
    if (value instanceof JsonValue.JsonObject o) {
      writeObject(o.members(), depth, out, maxChars);
    } else if (value instanceof JsonValue.JsonArray a) {
      writeArray(a.elements().iterator(), depth, out, maxChars);
    } else if (value instanceof JsonValue.JsonString s) {
      string(s.value(), out);
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(number(n.value()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void writeObject(
      Map<String, JsonValue> members, int depth, StringBuilder out, int maxChars) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      if (out.length() > maxChars) {
        return;
      }
      out.append(separator).append(INDENT.repeat(depth + 1));
      string(e.getKey(), out);
      out.append(": ");
      write(e.getValue(), depth + 1, out, maxChars);
      separator = ",\n";
    }
    out.append('\n').append(INDENT.repeat(depth)).append('}');
  }

  private static void writeArray(
      Iterator<JsonValue> elements, int depth, StringBuilder out, int maxChars) {
    if (!elements.hasNext()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    while (elements.hasNext()) {
      if (out.length() > maxChars) {
        return;
      }
      out.append(separator).append(INDENT.repeat(depth + 1));
      write(elements.next(), depth + 1, out, maxChars);
      separator = ",\n";
    }
    out.append('\n').append(INDENT.repeat(depth)).append(']');
  }

  private static void string(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
