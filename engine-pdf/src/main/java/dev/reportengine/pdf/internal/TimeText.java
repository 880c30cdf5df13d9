package dev.reportengine.pdf.internal;

import java.util.Locale;

/** Formats lengths of time and positions in the media for charts. */
final class TimeText {

  private TimeText() {}

  /** A position, whole seconds cut off: {@code 04:07}, or {@code 1:02:03}. */
  static String timestamp(double seconds) {
    long total = (long) Math.floor(Math.max(seconds, 0));
    long h = total / 3600;
    long m = total % 3600 / 60;
    long s = total % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%02d:%02d", m, s);
  }

  /** A length rounded to whole seconds: {@code 45 s}, {@code 3 min 12 s}, {@code 1 h 2 min}. */
  static String spoken(double seconds) {
    long total = Math.round(Math.max(seconds, 0));
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
    if (s > 0 && h == 0 || out.length() == 0) {
      out.append(out.length() > 0 ? " " : "").append(s).append(" s");
    }
    return out.toString();
  }

  /** A percentage with one decimal for CSS, such as {@code 12.5%}. */
  static String cssPercent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", Math.max(0, Math.min(1, fraction)) * 100);
  }

  /** A share for people, such as {@code 42%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%d%%", Math.round(fraction * 100));
  }
}
