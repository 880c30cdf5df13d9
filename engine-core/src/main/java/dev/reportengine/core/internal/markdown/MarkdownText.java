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

  private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /**
   * The text on one line: breaks and controls as spaces, bidirectional embeddings, overrides and
   * isolates as U+FFFD, whitespace collapsed, trimmed.
   */
  static String flatten(String text) {
    if (isFlat(text)) {
      return text; // most texts: single spaces between words, nothing else to change
    }
    // One pass, equal to: bidi controls to U+FFFD, then [\p{Cc}\u2028\u2029] to a space, then
    // every (?U)\s+ run to one space, then strip() (which after the first steps can only find a
    // space at either end). MarkdownTextTest compares it with those steps on every BMP character.
    StringBuilder out = null;
    int n = text.length();
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        if (out == null) {
          out = new StringBuilder(n).append(text, 0, i);
        }
        pendingSpace = out.length() > 0;
        continue;
      }
      if (out == null) {
        if (!JsonText.isBidiControl(c)) {
          continue;
        }
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(JsonText.isBidiControl(c) ? '\uFFFD' : c);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether {@link #flatten} leaves {@code text} as it is: no blank character but single spaces
   * between other characters (none at either end), and no bidirectional control. Checked first
   * because the one-pass flattening copies every text with a space in it.
   */
  private static boolean isFlat(String text) {
    int n = text.length();
    boolean afterSpace = true; // a space at the start is not flat
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
        continue;
      }
      if (c < 0x7F ? c < ' ' : isBlank(c) || JsonText.isBidiControl(c)) {
        return false;
      }
      afterSpace = false;
    }
    return n == 0 || text.charAt(n - 1) != ' ';
  }

  /**
   * Whether {@code c} becomes (part of) one space: a control character ({@code \p{Cc}}), U+2028,
   * U+2029, or Unicode white space as {@code (?U)\s} matches it (space, line and paragraph
   * separators, U+0009 to U+000D, U+0085).
   */
  private static boolean isBlank(char c) {
    if (c <= ' ') {
      return true; // U+0000 to U+001F are controls, U+0020 is a space
    }
    if (c < 0x7F) {
      return false;
    }
    if (c <= 0x9F) {
      return true; // U+007F to U+009F are controls
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Markdown source that renders as {@link #flatten(String) flattened} {@code text}. */
  static String escape(String text) {
    String flat = flatten(text);
    int n = flat.length();
    StringBuilder out = new StringBuilder(n + 16);
    int plain = 0; // flat[plain, i) is copied as it is, in one append
    for (int i = 0; i < n; i++) {
      char c = flat.charAt(i);
      String escaped;
      switch (c) {
        case '<' -> escaped = "&lt;";
        case '>' -> escaped = "&gt;";
        case '&' -> escaped = "&amp;";
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '@' -> escaped = null;
        case ':' -> {
          if (!flat.startsWith("//", i + 1)) {
            continue;
          }
          escaped = null;
        }
        case '.' -> {
          if (!followsWww(flat, i)) {
            continue;
          }
          escaped = null;
        }
        default -> {
          continue;
        }
      }
      out.append(flat, plain, i);
      if (escaped == null) {
        out.append('\\').append(c);
      } else {
        out.append(escaped);
      }
      plain = i + 1;
    }
    out.append(flat, plain, n);
    if (out.length() > 0 && (out.charAt(0) == '-' || out.charAt(0) == '+')) {
      out.insert(0, '\\');
    }
    if (out.length() == 0 || out.charAt(0) < '0' || out.charAt(0) > '9') {
      return out.toString(); // ORDERED_START cannot match
    }
    return ORDERED_START.matcher(out).replaceFirst("$1\\\\$2");
  }

  private static boolean followsWww(String text, int dot) {
    // The cheap test first: most dots end a sentence, after a letter that is no w.
    return dot >= 3
        && (text.charAt(dot - 1) | 0x20) == 'w'
        && text.regionMatches(true, dot - 3, "www", 0, 3);
  }
}
