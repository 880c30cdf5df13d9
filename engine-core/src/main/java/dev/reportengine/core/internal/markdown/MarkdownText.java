package dev.reportengine.core.internal.markdown;

import dev.reportengine.api.json.JsonText;
import java.util.regex.Pattern;

/**
 * Turns plain text into Markdown source that renders as exactly that text, on one line.
 *
 * <p>Line breaks, tabs and control characters become spaces and whitespace runs collapse, so text
 * cannot start a new block; bidirectional embeddings, overrides and isolates (such as U+202E, which
 * shows the text after it reversed) become U+FFFD, so text cannot disguise what it says. Characters
 * that open CommonMark or GFM constructs are neutralized: {@code \ ` * _ [ ] # | ~} are
 * backslash-escaped (emphasis, code, links, images, headings, tables, strikethrough), {@code < > &}
 * become entity references (HTML, autolinks, block quotes, entities), a leading {@code -}, {@code
 * +} or ordered-list number is escaped (lists, thematic breaks), and the {@code :} of {@code ://},
 * the {@code .} of {@code www.} and every {@code @} are escaped so GFM and markdownlint see no bare
 * URL or e-mail address. Parentheses and {@code !} stay as they are: without an unescaped {@code [}
 * they cannot form a link or an image.
 */
final class MarkdownText {

  private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /**
   * The text on one line: breaks and controls as spaces, bidirectional embeddings, overrides and
   * isolates as U+FFFD, whitespace collapsed, trimmed.
   */
  static String flatten(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      visible.append(JsonText.isBidiControl(c) ? '\uFFFD' : c);
    }
    return SPACES.matcher(BREAKS.matcher(visible).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** Markdown source that renders as {@link #flatten(String) flattened} {@code text}. */
  static String escape(String text) {
    String flat = flatten(text);
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '@' -> out.append('\\').append(c);
        case ':' -> out.append(flat.startsWith("//", i + 1) ? "\\:" : ":");
        case '.' -> out.append(followsWww(flat, i) ? "\\." : ".");
        default -> out.append(c);
      }
    }
    if (out.length() > 0 && (out.charAt(0) == '-' || out.charAt(0) == '+')) {
      out.insert(0, '\\');
    }
    return ORDERED_START.matcher(out).replaceFirst("$1\\\\$2");
  }

  private static boolean followsWww(String text, int dot) {
    return dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3);
  }
}
