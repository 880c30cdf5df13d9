package dev.reportengine.core.internal.markdown;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out heading texts that markdownlint accepts: never empty, no trailing punctuation other
 * than {@code ?} (MD026), and no text used twice in a document, ignoring case (MD024); a repeated
 * title gets a number, as in {@code Notes (2)}. Returns Markdown source. One per document; not
 * thread-safe.
 */
final class HeadingTexts {

  private static final String TRAILING = ".,;:!\u3002\uff0c\uff1b\uff1a\uff01";

  private final Set<String> used = new HashSet<>();

  /** A unique heading for {@code title}, or for {@code fallback} when the title is blank. */
  String next(String title, String fallback) {
    String text = trimTrailing(MarkdownText.flatten(title));
    if (text.isEmpty()) {
      text = fallback;
    }
    String candidate = text;
    for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = text + " (" + n + ")";
    }
    return MarkdownText.escape(candidate);
  }

  private static String trimTrailing(String text) {
    int end = text.length();
    while (end > 0
        && (TRAILING.indexOf(text.charAt(end - 1)) >= 0
            || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }
}
