package dev.reportengine.pdf.internal;

import dev.reportengine.api.Block.IllustrationVariant;

/** The four illustration variants as the library's own vector drawings (SVG, 320 × 120 units). */
public final class Illustrations {

  private static final String BLUE = "#2563eb";
  private static final String SKY = "#93c5fd";
  private static final String MINT = "#10b981";
  private static final String PALE = "#eff6ff";
  private static final String AMBER = "#f59e0b";
  private static final String SLATE = "#64748b";

  private Illustrations() {}

  /** A short description of what the drawing shows, used as its alternative text. */
  public static String alt(IllustrationVariant variant) {
    return switch (variant) {
      case CONVERSATION -> "Illustration: two speech bubbles in conversation";
      case GROWTH -> "Illustration: rising bars with an upward arrow";
      case CONNECTION -> "Illustration: people connected in a network";
      case ANALYSIS -> "Illustration: a magnifying glass over a chart";
    };
  }

  /** The SVG element for {@code variant}. */
  public static String svg(IllustrationVariant variant) {
    String body =
        switch (variant) {
          case CONVERSATION -> conversation();
          case GROWTH -> growth();
          case CONNECTION -> connection();
          case ANALYSIS -> analysis();
        };
    return "<svg xmlns='http://www.w3.org/2000/svg' class='illustration' width='320' height='120'"
        + " viewBox='0 0 320 120' alt='"
        + HtmlText.escape(alt(variant))
        + "'><rect x='0' y='0' width='320' height='120' rx='12' fill='"
        + PALE
        + "'/>"
        + body
        + "</svg>";
  }

  private static String conversation() {
    return "<path d='M70 22h90a14 14 0 0 1 14 14v26a14 14 0 0 1-14 14H104l-20 16 4-16H70a14 14 0 0"
        + " 1-14-14V36a14 14 0 0 1 14-14z' fill='"
        + BLUE
        + "'/>"
        + dots(94, 49, "#ffffff")
        + "<path d='M250 44h-70a14 14 0 0 0-14 14v22a14 14 0 0 0 14 14h46l18 14-3-14h9a14 14 0 0 0"
        + " 14-14V58a14 14 0 0 0-14-14z' fill='"
        + MINT
        + "'/>"
        + dots(194, 69, "#ffffff");
  }

  private static String dots(int x, int y, String fill) {
    return "<circle cx='"
        + x
        + "' cy='"
        + y
        + "' r='5' fill='"
        + fill
        + "'/><circle cx='"
        + (x + 21)
        + "' cy='"
        + y
        + "' r='5' fill='"
        + fill
        + "'/><circle cx='"
        + (x + 42)
        + "' cy='"
        + y
        + "' r='5' fill='"
        + fill
        + "'/>";
  }

  private static String growth() {
    StringBuilder bars = new StringBuilder();
    int[] heights = {24, 38, 52, 70, 88};
    for (int i = 0; i < heights.length; i++) {
      bars.append("<rect x='")
          .append(70 + i * 38)
          .append("' y='")
          .append(104 - heights[i])
          .append("' width='26' height='")
          .append(heights[i])
          .append("' rx='4' fill='")
          .append(i == heights.length - 1 ? BLUE : SKY)
          .append("'/>");
    }
    return bars
        + "<path d='M62 78L120 52l40 12 86-46' fill='none' stroke='"
        + MINT
        + "' stroke-width='5' stroke-linecap='round' stroke-linejoin='round'/>"
        + "<path d='M230 14l20 2-8 18z' fill='"
        + MINT
        + "'/><path d='M56 106h208' stroke='"
        + SLATE
        + "' stroke-width='2'/>";
  }

  private static String connection() {
    int[][] nodes = {{70, 60}, {130, 30}, {130, 92}, {200, 58}, {260, 28}, {262, 92}};
    int[][] edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {3, 5}, {1, 2}};
    StringBuilder out = new StringBuilder();
    for (int[] e : edges) {
      out.append("<path d='M")
          .append(nodes[e[0]][0])
          .append(' ')
          .append(nodes[e[0]][1])
          .append('L')
          .append(nodes[e[1]][0])
          .append(' ')
          .append(nodes[e[1]][1])
          .append("' stroke='")
          .append(SKY)
          .append("' stroke-width='4'/>");
    }
    for (int i = 0; i < nodes.length; i++) {
      String fill = i == 3 ? BLUE : i % 2 == 0 ? MINT : AMBER;
      int r = i == 3 ? 16 : 11;
      out.append("<circle cx='")
          .append(nodes[i][0])
          .append("' cy='")
          .append(nodes[i][1])
          .append("' r='")
          .append(r)
          .append("' fill='")
          .append(fill)
          .append("' stroke='#ffffff' stroke-width='3'/>");
    }
    return out.toString();
  }

  private static String analysis() {
    return "<path d='M40 96l40-30 34 16 40-42 36 22' fill='none' stroke='"
        + SKY
        + "' stroke-width='5' stroke-linecap='round' stroke-linejoin='round'/>"
        + "<path d='M40 104h170' stroke='"
        + SLATE
        + "' stroke-width='2'/>"
        + "<circle cx='228' cy='52' r='30' fill='#ffffff' stroke='"
        + BLUE
        + "' stroke-width='8'/>"
        + "<path d='M250 74l30 30' stroke='"
        + BLUE
        + "' stroke-width='12' stroke-linecap='round'/>"
        + "<path d='M212 60l10-12 10 6 12-16' fill='none' stroke='"
        + AMBER
        + "' stroke-width='4' stroke-linecap='round' stroke-linejoin='round'/>";
  }
}
