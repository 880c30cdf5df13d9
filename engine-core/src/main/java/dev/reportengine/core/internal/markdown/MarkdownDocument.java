package dev.reportengine.core.internal.markdown;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a report's Markdown in one pass over the report, into one {@link StringBuilder}: an H1,
 * the metadata list, the summary paragraph, then an H2 per section with its paragraphs, bullet
 * lists and JSON blocks, each block after a blank line. All text is escaped ({@link MarkdownText})
 * and headings are made unique ({@link HeadingTexts}).
 *
 * <p>It writes exactly what the Mustache layout {@code report.mustache} wrote from the view model
 * the engine used to build for it (kept in the tests as the reference, which {@code
 * MarkdownDocumentTest} compares on every golden report and on random ones); the layout and its
 * view objects were most of a trivial job's Markdown cost.
 */
public final class MarkdownDocument {

  /** The first second of the year 0 and of the year 10000, UTC. */
  private static final long YEAR_0 = -62_167_219_200L;

  private static final long YEAR_10000 = 253_402_300_800L;

  private MarkdownDocument() {}

  /** The Markdown of {@code report}, ending in a single newline. */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder(512);
    HeadingTexts headings = new HeadingTexts();
    out.append("# ").append(headings.next(report.label().orElse(""), "Report")).append("\n\n");
    out.append("- Template: ").append(MarkdownText.escape(report.template().wireName()));
    out.append('\n');
    if (report.entity().isPresent()) {
      String entity = entity(report.entity().get());
      if (!entity.isEmpty()) {
        out.append("- Entity: ").append(entity).append('\n');
      }
    }
    out.append("- Created: ");
    instant(report.createdAt(), out);
    out.append('\n');
    if (timingsEstimated(report)) {
      out.append(
          "- Timings: estimated from word counts; the transcript does not give all of them\n");
    }
    if (report.summary().isPresent()) {
      String summary = MarkdownText.escape(report.summary().get());
      if (!summary.isEmpty()) {
        out.append('\n').append(summary).append('\n');
      }
    }
    List<Section> sections = report.sections().orElse(List.of());
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      body.setLength(0);
      chunks(section.content(), body);
      if (body.length() == 0) {
        continue; // only illustrations: nothing to read, so no empty heading either
      }
      out.append("\n## ").append(headings.next(section.title(), "Section " + (i + 1)));
      out.append('\n').append(body);
    }
    return out.toString();
  }

  /** Whether {@code raw.media.timings_estimated} is true. */
  private static boolean timingsEstimated(Report report) {
    if (report.raw().isPresent() && report.raw().get() instanceof JsonValue.JsonObject raw) {
      JsonValue media = raw.members().get("media");
      if (media instanceof JsonValue.JsonObject m) {
        return m.members().get("timings_estimated") instanceof JsonValue.JsonBoolean b && b.value();
      }
    }
    return false;
  }

  private static String entity(ReportEntity entity) {
    String id = MarkdownText.escape(entity.id());
    if (entity.label().isPresent()) {
      String label = MarkdownText.escape(entity.label().get());
      if (!label.isEmpty() && !label.equals(id)) {
        return label + " (" + id + ")";
      }
    }
    return id;
  }

  /**
   * The blocks of a section, each after a blank line: a paragraph, a bullet list (consecutive cards
   * and grids), or a JSON block. Writes nothing when the section has nothing to read.
   */
  private static void chunks(SectionContent content, StringBuilder out) {
    if (content instanceof SectionContent.FreeJson json) {
      out.append("\n```json\n").append(JsonText.pretty(json.value())).append("\n```\n");
      return;
    }
    if (content instanceof Block block) {
      block(block, out, false);
      return;
    }
    boolean inList = false;
    for (Block block : ((SectionContent.Blocks) content).blocks()) {
      inList = block(block, out, inList);
    }
  }

  /** Writes one block; returns whether the output now ends in a bullet list. */
  private static boolean block(Block block, StringBuilder out, boolean inList) {
    if (block instanceof Block.Card card) {
      return card(card, out, inList);
    }
    if (block instanceof Block.Grid grid) {
      for (Block.Card card : grid.items()) {
        inList = card(card, out, inList);
      }
      return inList;
    }
    if (block instanceof Block.Text text) {
      String paragraph = text(text);
      if (!paragraph.isEmpty()) {
        out.append('\n').append(paragraph).append('\n');
        return false;
      }
    }
    return inList;
  }

  /**
   * {@code **title** — content}. A title or content alone is plain text: a lone bold line would
   * read as a fake heading (markdownlint MD036).
   */
  private static String text(Block.Text text) {
    String title = MarkdownText.escape(text.title().orElse(""));
    String content = MarkdownText.escape(text.content());
    if (title.isEmpty() || content.isEmpty()) {
      return title.isEmpty() ? content : title;
    }
    return "**" + title + "** \u2014 " + content;
  }

  /**
   * A bullet {@code **title:** content}, or the one of them that is not blank; nothing when both
   * are. A bullet that starts a list follows a blank line.
   */
  private static boolean card(Block.Card card, StringBuilder out, boolean inList) {
    String title = MarkdownText.escape(card.title());
    String content = MarkdownText.escape(card.content());
    if (title.isEmpty() && content.isEmpty()) {
      return inList;
    }
    if (!inList) {
      out.append('\n');
    }
    out.append("- ");
    if (title.isEmpty() || content.isEmpty()) {
      out.append(title.isEmpty() ? content : title);
    } else {
      out.append("**").append(title);
      if (":?!.".indexOf(title.charAt(title.length() - 1)) < 0) {
        out.append(':');
      }
      out.append("** ").append(content);
    }
    out.append('\n');
    return true;
  }

  /**
   * {@code instant} as {@link DateTimeFormatter#ISO_INSTANT} writes it (seconds always, then the
   * fraction in groups of three digits as needed), written directly for the years 0 to 9999 and by
   * the formatter otherwise.
   */
  static void instant(Instant instant, StringBuilder out) {
    long seconds = instant.getEpochSecond();
    if (seconds < YEAR_0 || seconds >= YEAR_10000) {
      DateTimeFormatter.ISO_INSTANT.formatTo(instant, out);
      return;
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    digits(t.getYear(), 4, out);
    out.append('-');
    digits(t.getMonthValue(), 2, out);
    out.append('-');
    digits(t.getDayOfMonth(), 2, out);
    out.append('T');
    digits(t.getHour(), 2, out);
    out.append(':');
    digits(t.getMinute(), 2, out);
    out.append(':');
    digits(t.getSecond(), 2, out);
    int nano = instant.getNano();
    if (nano != 0) {
      out.append('.');
      if (nano % 1_000_000 == 0) {
        digits(nano / 1_000_000, 3, out);
      } else if (nano % 1_000 == 0) {
        digits(nano / 1_000, 6, out);
      } else {
        digits(nano, 9, out);
      }
    }
    out.append('Z');
  }

  /** {@code value} (not negative) in {@code width} digits, zero-padded. */
  private static void digits(int value, int width, StringBuilder out) {
    for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
      out.append((char) ('0' + value / divisor % 10));
    }
  }

  private static int pow10(int exponent) {
    int p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
  }
}
