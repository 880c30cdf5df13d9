package dev.reportengine.media.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses WebVTT timestamps, {@code hh:mm:ss.ttt} or {@code mm:ss.ttt}. Also accepts the unpadded
 * form Microsoft Teams writes ({@code 0:0:3.330}, {@code 0:7:27.90}): one or two digits for minutes
 * and seconds, and one to three digits of milliseconds. Teams does not pad milliseconds either, so
 * {@code 27.90} is 27.090 s, not 27.9 s: its export has cues {@code 0:7:27.90 --> 0:7:27.780} that
 * only make sense that way. Standard files always have three digits.
 */
final class WebVttTimestamp {

  private static final Pattern TIMESTAMP =
      Pattern.compile("(?:(\\d{1,6}):)?(\\d{1,2}):(\\d{1,2})\\.(\\d{1,3})");

  private WebVttTimestamp() {}

  /**
   * The timestamp in milliseconds, or empty when it is not a timestamp (including when minutes or
   * seconds are 60 or more). A leading minus sign is reported by the caller as a negative time.
   */
  static Optional<Long> parseMillis(String text) {
    Matcher m = TIMESTAMP.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = Long.parseLong(m.group(2));
    long seconds = Long.parseLong(m.group(3));
    if (minutes > 59 || seconds > 59) {
      return Optional.empty();
    }
    long millis = Long.parseLong(m.group(4));
    return Optional.of(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis);
  }

  /** Formats milliseconds as {@code hh:mm:ss.ttt}, for messages. */
  static String format(long millis) {
    return String.format(
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
  }
}
