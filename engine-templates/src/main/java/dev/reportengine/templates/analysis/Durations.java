package dev.reportengine.templates.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats lengths of time and positions in the media the same way in every report. */
public final class Durations {

  private Durations() {}

  /**
   * A length for people, rounded to whole seconds: {@code 45 s}, {@code 3 min 12 s}, {@code 3 min},
   * {@code 1 h 2 min 5 s}.
   */
  public static String spoken(double seconds) {
    long total =
        BigDecimal.valueOf(Math.max(seconds, 0)).setScale(0, RoundingMode.HALF_UP).longValue();
    long h = total / 3600;
    long m = total % 3600 / 60;
    long s = total % 60;
    StringBuilder out = new StringBuilder();
    if (h > 0) {
      out.append(h).append(" h");
    }
    if (m > 0) {
      out.append(out.length() > 0 ? " " : "").append(m).append(" min");
    }
    if (s > 0 || out.length() == 0) {
      out.append(out.length() > 0 ? " " : "").append(s).append(" s");
    }
    return out.toString();
  }

  /** A position in the media, whole seconds cut off: {@code 04:07}, or {@code 1:02:03}. */
  public static String timestamp(double seconds) {
    long total = (long) Math.floor(Math.max(seconds, 0));
    long h = total / 3600;
    long m = total % 3600 / 60;
    long s = total % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%02d:%02d", m, s);
  }
}
