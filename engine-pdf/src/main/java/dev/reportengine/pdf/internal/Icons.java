package dev.reportengine.pdf.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The icon set: 24-unit line drawings (round caps, 2-unit stroke) for the symbolic icon names that
 * cards carry. Names outside the set are drawn as {@link #FALLBACK}. Every icon is the library's
 * own SVG, so nothing is loaded to draw it.
 */
public final class Icons {

  /** The icon drawn for a name outside the set. */
  public static final String FALLBACK = "info";

  private static final Map<String, String> SHAPES =
      Map.ofEntries(
          Map.entry("clock", "<circle cx='12' cy='12' r='10'/><path d='M12 6v6l4 2'/>"),
          Map.entry(
              "pie-chart",
              "<path d='M21.2 15.9A10 10 0 1 1 8 2.8'/><path d='M22 12A10 10 0 0 0 12 2v10z'/>"),
          Map.entry(
              "gauge",
              "<path d='M4.9 19.1a10 10 0 1 1 14.2 0'/><path d='M12 14l4-5'/>"
                  + "<circle cx='12' cy='14' r='1.5'/>"),
          Map.entry(
              "repeat",
              "<path d='M17 1l4 4-4 4'/><path d='M3 11V9a4 4 0 0 1 4-4h14'/>"
                  + "<path d='M7 23l-4-4 4-4'/><path d='M21 13v2a4 4 0 0 1-4 4H3'/>"),
          Map.entry(
              "help-circle",
              "<circle cx='12' cy='12' r='10'/><path d='M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3'/>"
                  + "<path d='M12 17h.01'/>"),
          Map.entry("type", "<path d='M4 7V4h16v3'/><path d='M9 20h6'/><path d='M12 4v16'/>"),
          Map.entry(
              "user",
              "<path d='M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2'/><circle cx='12' cy='7' r='4'/>"),
          Map.entry(
              "users",
              "<path d='M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2'/><circle cx='9' cy='7' r='4'/>"
                  + "<path d='M23 21v-2a4 4 0 0 0-3-3.9'/><path d='M16 3.1a4 4 0 0 1 0 7.8'/>"),
          Map.entry(
              "quote",
              "<path d='M10 6H5a1 1 0 0 0-1 1v5a1 1 0 0 0 1 1h3v1a4 4 0 0 1-4 4'/>"
                  + "<path d='M20 6h-5a1 1 0 0 0-1 1v5a1 1 0 0 0 1 1h3v1a4 4 0 0 1-4 4'/>"),
          Map.entry(
              "message-circle",
              "<path d='M21 11.5a8.4 8.4 0 0 1-9 8.4 8.5 8.5 0 0 1-3.8-.9L3 21l1.9-5.7A8.4 8.4 0 0 1"
                  + " 12.5 3 8.4 8.4 0 0 1 21 11.5z'/>"),
          Map.entry("trending-up", "<path d='M23 6l-9.5 9.5-5-5L1 18'/><path d='M17 6h6v6'/>"),
          Map.entry(
              "target",
              "<circle cx='12' cy='12' r='10'/><circle cx='12' cy='12' r='6'/>"
                  + "<circle cx='12' cy='12' r='2'/>"),
          Map.entry(
              "star",
              "<path d='M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z'/>"),
          Map.entry(
              "check-circle",
              "<path d='M22 11.1V12a10 10 0 1 1-5.9-9.1'/><path d='M22 4L12 14l-3-3'/>"),
          Map.entry(
              "alert-triangle",
              "<path d='M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'/>"
                  + "<path d='M12 9v4'/><path d='M12 17h.01'/>"),
          Map.entry(
              "mic",
              "<path d='M12 1a3 3 0 0 0-3 3v8a3 3 0 0 0 6 0V4a3 3 0 0 0-3-3z'/>"
                  + "<path d='M19 10v2a7 7 0 0 1-14 0v-2'/><path d='M12 19v4'/><path d='M8 23h8'/>"),
          Map.entry(
              "calendar",
              "<rect x='3' y='4' width='18' height='18' rx='2'/><path d='M16 2v4'/>"
                  + "<path d='M8 2v4'/><path d='M3 10h18'/>"),
          Map.entry("bar-chart", "<path d='M12 20V10'/><path d='M18 20V4'/><path d='M6 20v-4'/>"),
          Map.entry(
              "list",
              "<path d='M8 6h13'/><path d='M8 12h13'/><path d='M8 18h13'/><path d='M3 6h.01'/>"
                  + "<path d='M3 12h.01'/><path d='M3 18h.01'/>"),
          Map.entry(
              "award", "<circle cx='12' cy='8' r='7'/><path d='M8.2 13.9L7 23l5-3 5 3-1.2-9.1'/>"),
          Map.entry("zap", "<path d='M13 2L3 14h9l-1 8 10-12h-9z'/>"),
          Map.entry(
              "thumbs-up",
              "<path d='M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.3a2 2 0 0 0 2-1.7l1.4-9a2 2 0 0 0-2-2.3z'/>"
                  + "<path d='M7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3'/>"),
          Map.entry(
              "briefcase",
              "<rect x='2' y='7' width='20' height='14' rx='2'/>"
                  + "<path d='M16 21V5a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v16'/>"),
          Map.entry(
              "hash",
              "<path d='M4 9h16'/><path d='M4 15h16'/><path d='M10 3L8 21'/><path d='M16 3l-2 18'/>"),
          Map.entry(
              "flag",
              "<path d='M4 15s1-1 4-1 5 2 8 2 4-1 4-1V3s-1 1-4 1-5-2-8-2-4 1-4 1z'/><path d='M4 22v-7'/>"),
          Map.entry(
              "info",
              "<circle cx='12' cy='12' r='10'/><path d='M12 16v-4'/><path d='M12 8h.01'/>"));

  private Icons() {}

  /** The names in the set, sorted. */
  public static Set<String> names() {
    return new TreeSet<>(SHAPES.keySet());
  }

  /** Whether {@code name} is in the set (case-insensitive). */
  public static boolean known(String name) {
    return SHAPES.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The SVG element for {@code name}, or for {@link #FALLBACK} when unknown. The {@code alt} text
   * is required by PDF/UA for every figure; it is escaped here.
   */
  public static String svg(String name, String alt) {
    String shape = SHAPES.getOrDefault(name.toLowerCase(Locale.ROOT), SHAPES.get(FALLBACK));
    return "<svg xmlns='http://www.w3.org/2000/svg' class='icon' width='24' height='24'"
        + " viewBox='0 0 24 24' alt='"
        + HtmlText.escape(alt)
        + "'><g fill='none' stroke='#2563eb' stroke-width='2' stroke-linecap='round'"
        + " stroke-linejoin='round'>"
        + shape
        + "</g></svg>";
  }
}
