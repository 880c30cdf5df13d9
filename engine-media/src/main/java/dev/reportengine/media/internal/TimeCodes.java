package dev.reportengine.media.internal;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the clock times that plain-text transcripts write: {@code h:mm:ss}, {@code mm:ss}, each
 * with an optional fraction after {@code .} or {@code ,} ({@code 0:00:30.06}, {@code 18:16:56,181},
 * {@code 01:16:13.23}). Minutes and seconds must be below 60.
 */
final class TimeCodes {

  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d{1,6}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,9}))?");

  private TimeCodes() {}

  /** The time in seconds, or empty when the text is not such a time. */
  static OptionalDouble parseSeconds(String text) {
    Matcher m = CLOCK.matcher(text.strip());
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = Integer.parseInt(m.group(3));
    if (minutes > 59 || seconds > 59) {
      return OptionalDouble.empty();
    }
    double fraction = m.group(4) == null ? 0 : Double.parseDouble("0." + m.group(4));
    return OptionalDouble.of((hours * 60 + minutes) * 60 + seconds + fraction);
  }
}
