package dev.reportengine.core.internal.target;

import dev.reportengine.text.Tokens;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a point in the media from a hint ("12:30", "1:02:03", "minute 5", "5 minutes", "90
 * seconds", "2 min 15 s", "12m30s") and writes seconds as a clock ({@code 12:30}, {@code 1:02:03}).
 * An amount after "every", "each", "per", "for", "within", "than" or "lasting" is a length ("checks
 * the database every 15 minutes", "talked for 5 minutes"), not a point in the media.
 */
final class TimeExpressions {

  /** A time found in a hint: the seconds and the words that said it. */
  record Found(double seconds, String text) {}

  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\b");
  private static final Pattern COMPACT = Pattern.compile("\\b(\\d+)m\\s*(\\d+)s\\b");
  private static final Pattern MINUTE_N = Pattern.compile("\\bminute\\s+" + NUMBER + "\\b");
  private static final Pattern UNITS =
      Pattern.compile(
          "\\b(?:"
              + NUMBER
              + "\\s*(?:hours?|hrs?|h)\\b\\s*(?:and\\s+)?)?(?:"
              + NUMBER
              + "\\s*(?:minutes?|mins?|m)\\b\\s*(?:and\\s+)?)?(?:"
              + NUMBER
              + "\\s*(?:seconds?|secs?|s)\\b)?");

  private static final Pattern LENGTH_BEFORE =
      Pattern.compile("\\b(?:every|each|per|for|within|than|lasting)\\s*$");

  private TimeExpressions() {}

  /** The first time the hint mentions, if any. */
  static Optional<Found> find(String hint) {
    String text = Tokens.fold(hint);
    Matcher clock = CLOCK.matcher(text);
    if (clock.find()) {
      double a = Double.parseDouble(clock.group(1));
      double b = Double.parseDouble(clock.group(2));
      double seconds =
          clock.group(3) == null
              ? a * 60 + b
              : a * 3600 + b * 60 + Double.parseDouble(clock.group(3));
      return Optional.of(new Found(seconds, clock.group()));
    }
    Matcher compact = COMPACT.matcher(text);
    if (compact.find() && !isLength(text, compact.start())) {
      return Optional.of(
          new Found(
              Double.parseDouble(compact.group(1)) * 60 + Double.parseDouble(compact.group(2)),
              compact.group()));
    }
    Matcher minute = MINUTE_N.matcher(text);
    if (minute.find()) {
      return Optional.of(new Found(Double.parseDouble(minute.group(1)) * 60, minute.group()));
    }
    Matcher units = UNITS.matcher(text);
    while (units.find()) {
      if (units.group().isBlank() || isLength(text, units.start())) {
        continue;
      }
      double seconds =
          value(units.group(1)) * 3600 + value(units.group(2)) * 60 + value(units.group(3));
      return Optional.of(new Found(seconds, units.group().strip()));
    }
    return Optional.empty();
  }

  /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour on, rounded down to the second. */
  static String clock(double seconds) {
    long s = (long) Math.floor(seconds);
    long h = s / 3600;
    long m = s % 3600 / 60;
    long r = s % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, r)
        : String.format(Locale.ROOT, "%d:%02d", m, r);
  }

  /** Whether the amount at {@code start} is a length ("every 15 minutes"), not a moment. */
  private static boolean isLength(String text, int start) {
    return LENGTH_BEFORE.matcher(text.substring(0, start)).find();
  }

  private static double value(String group) {
    return group == null ? 0 : Double.parseDouble(group);
  }
}
