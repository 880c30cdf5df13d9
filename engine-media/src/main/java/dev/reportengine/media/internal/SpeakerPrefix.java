package dev.reportengine.media.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Name: text} convention of Zoom transcripts and many subtitle files. A prefix is up to
 * 60 characters and six words of letters, digits, spaces and {@code . ' ’ ( ) - _ & @}, starting
 * with a letter or digit, followed by a colon and a space (or the end of the line); so {@code
 * 10:30}, URLs and long clauses are not names. A file follows the convention when at least half of
 * its cues start with a prefix; only then are prefixes read as speakers, and cues without one
 * belong to the {@code unknown} entity (Zoom writes the name on every cue it can attribute, so an
 * unprefixed cue is not assumed to continue the previous speaker). A trailing parenthesis in a name
 * ({@code Ashlee Kupor (SL)}) is kept in the label and also given as the attribute {@code note}.
 */
final class SpeakerPrefix {

  private static final Pattern PREFIX =
      Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .'’()\\-_&@]{0,59}?)\\s*:(?:[ \\t]+|$)");
  private static final Pattern NOTE = Pattern.compile("\\(([^()]{1,40})\\)$");

  /**
   * A speaker and what they said.
   *
   * @param name the speaker's name as written
   * @param text the rest of the text
   */
  record Split(String name, String text) {}

  private SpeakerPrefix() {}

  /** The prefix of {@code text}, when it starts with one. */
  static Optional<Split> split(String text) {
    Matcher m = PREFIX.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    if (name.split("\\s+").length > 6) {
      return Optional.empty();
    }
    return Optional.of(new Split(name, text.substring(m.end())));
  }

  /** Whether at least half of the non-blank texts start with a prefix. */
  static boolean isConvention(List<String> texts) {
    long nonBlank = texts.stream().filter(t -> !t.isBlank()).count();
    long prefixed = texts.stream().filter(t -> split(t.strip()).isPresent()).count();
    return nonBlank > 0 && prefixed * 2 >= nonBlank;
  }

  /** The attributes a display name carries: {@code note} from a trailing parenthesis. */
  static Map<String, String> attributes(String name) {
    Matcher m = NOTE.matcher(name);
    return m.find() ? Map.of("note", m.group(1).strip()) : Map.of();
  }
}
