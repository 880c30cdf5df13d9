package dev.reportengine.core.internal.markdown;

import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Pretty-prints a {@link JsonValue} with two-space indentation, members in their stored order, so
 * equal values print the same bytes. Strings escape quotes, backslashes and every control, line
 * separator or bidirectional embedding, override or isolate character, so a value never spans lines
 * or shows reordered.
 */
final class JsonText {

  private JsonText() {}

  static String pretty(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.toString();
  }

  private static void write(JsonValue value, int depth, StringBuilder out) {
    if (value instanceof JsonValue.JsonObject o) {
      writeObject(o.members(), depth, out);
    } else if (value instanceof JsonValue.JsonArray a) {
      writeArray(a.elements().iterator(), depth, out);
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

  private static void writeObject(Map<String, JsonValue> members, int depth, StringBuilder out) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      out.append(separator).append("  ".repeat(depth + 1));
      string(e.getKey(), out);
      out.append(": ");
      write(e.getValue(), depth + 1, out);
      separator = ",\n";
    }
    out.append('\n').append("  ".repeat(depth)).append('}');
  }

  private static void writeArray(Iterator<JsonValue> elements, int depth, StringBuilder out) {
    if (!elements.hasNext()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    while (elements.hasNext()) {
      out.append(separator).append("  ".repeat(depth + 1));
      write(elements.next(), depth + 1, out);
      separator = ",\n";
    }
    out.append('\n').append("  ".repeat(depth)).append(']');
  }

  private static String number(BigDecimal value) {
    boolean huge = Math.abs((long) value.scale()) > 20;
    return huge ? value.toString() : value.toPlainString();
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
          if (Character.isISOControl(c)
              || c == '\u2028'
              || c == '\u2029'
              || MarkdownText.isBidiControl(c)) {
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
