package dev.reportengine.templates.analysis;

import java.util.Objects;

/**
 * A piece of the transcript cited as evidence: a sentence or an utterance, with where it is.
 *
 * @param entityId who said it
 * @param startSeconds the start of the utterance it comes from
 * @param endSeconds the end of that utterance
 * @param text the words, with whitespace collapsed
 */
public record Excerpt(String entityId, double startSeconds, double endSeconds, String text) {

  /** The most characters of a quote a report shows, before the ellipsis. */
  public static final int MAX_QUOTE_CHARS = 300;

  /** Requires an entity and text. */
  public Excerpt {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The text as a report quotes it: whole when at most {@value #MAX_QUOTE_CHARS} characters, else
   * cut at the last word boundary within them and followed by an ellipsis, so one huge utterance
   * cannot swell a report. Analysis always works on {@link #text()}.
   */
  public String quoted() {
    return quoted(text);
  }

  /** {@code text} cut as {@link #quoted()} cuts an excerpt's text. */
  public static String quoted(String text) {
    if (text.length() <= MAX_QUOTE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
    if (cut < MAX_QUOTE_CHARS / 2) {
      cut =
          Character.isHighSurrogate(text.charAt(MAX_QUOTE_CHARS - 1))
              ? MAX_QUOTE_CHARS - 1
              : MAX_QUOTE_CHARS;
    }
    return text.substring(0, cut).stripTrailing() + " \u2026";
  }
}
