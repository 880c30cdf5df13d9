package dev.reportengine.core.internal.json;

import java.util.List;

/** Helpers that keep violation messages short and readable whatever the input. */
final class Texts {
  private static final int MAX_SHOWN = 64;

  private Texts() {}

  /** {@code text} cut to at most 64 characters, marking the cut with an ellipsis. */
  static String shorten(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, MAX_SHOWN) + "…(" + text.length() + " chars)";
  }

  /** {@code text} in double quotes, shortened. */
  static String quote(String text) {
    return "\"" + shorten(text) + "\"";
  }

  /** The names joined with commas, or {@code (none)}. */
  static String list(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }
}
