package dev.reportengine.pdf.internal;

import dev.reportengine.api.json.JsonValue;
import java.util.Iterator;
import java.util.Map;

/** Pretty-prints free JSON for display, two-space indented, members in order, cut at a bound. */
final class JsonText {

  private JsonText() {}

  /** The JSON text, at most {@code maxChars} characters followed by a note when cut. */
  static String pretty(JsonValue value, int maxChars) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out, maxChars);
    if (out.length() > maxChars) {
      out.setLength(maxChars);
      out.append("\n\u2026 (cut at ").append(maxChars).append(" characters)");
    }
    return out.toString();
  }

  private static void write(JsonValue value, int depth, StringBuilder out, int maxChars) {
    if (out.length() > maxChars) {
      return;
    }
    if (value instanceof JsonValue.JsonObject o) {
      if (o.members().isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonValue>> it = o.members().entrySet().iterator();
      while (it.hasNext() && out.length() <= maxChars) {
        Map.Entry<String, JsonValue> e = it.next();
        indent(depth + 1, out);
        string(e.getKey(), out);
        out.append(": ");
        write(e.getValue(), depth + 1, out, maxChars);
        out.append(it.hasNext() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append('}');
    } else if (value instanceof JsonValue.JsonArray a) {
      if (a.elements().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < a.elements().size() && out.length() <= maxChars; i++) {
        indent(depth + 1, out);
        write(a.elements().get(i), depth + 1, out, maxChars);
        out.append(i + 1 < a.elements().size() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append(']');
    } else if (value instanceof JsonValue.JsonString s) {
      string(s.value(), out);
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(n.value().toString());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
