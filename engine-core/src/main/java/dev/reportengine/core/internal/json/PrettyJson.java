package dev.reportengine.core.internal.json;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Writes a tree as JSON text indented by two spaces, members in tree order and numbers by {@link
 * NumberText}, so the same tree always gives the same text.
 */
final class PrettyJson {
  private static final String INDENT = "  ";

  private PrettyJson() {}

  /**
   * The text of {@code node}.
   *
   * @throws IllegalArgumentException for a number JSON cannot represent (NaN, an infinity)
   */
  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, 0, out);
    return out.toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, depth, out);
      case ARRAY -> writeArray(node, depth, out);
      case STRING -> quote(node.stringValue(), out);
      case NUMBER -> out.append(number(node));
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
    }
  }

  private static void writeObject(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      newLine(depth + 1, out);
      quote(member.getKey(), out);
      out.append(": ");
      write(member.getValue(), depth + 1, out);
      if (members.hasNext()) {
        out.append(',');
      }
    }
    newLine(depth, out);
    out.append('}');
  }

  private static void writeArray(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      newLine(depth + 1, out);
      write(node.get(i), depth + 1, out);
      if (i < node.size() - 1) {
        out.append(',');
      }
    }
    newLine(depth, out);
    out.append(']');
  }

  private static String number(JsonNode node) {
    if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      throw new IllegalArgumentException("JSON cannot represent the number " + node.doubleValue());
    }
    return NumberText.format(node.decimalValue());
  }

  private static void newLine(int depth, StringBuilder out) {
    out.append('\n').append(INDENT.repeat(depth));
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    out.append('"');
  }
}
