package dev.reportengine.core.internal.markdown;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.internal.markdown.ReportView.ChunkView;
import dev.reportengine.core.internal.markdown.ReportView.SectionView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link ReportView} of a report: all text escaped, headings made unique. */
final class ReportViews {

  private ReportViews() {}

  static ReportView of(Report report) {
    HeadingTexts headings = new HeadingTexts();
    String title = headings.next(report.label().orElse(""), "Report");
    List<String> metadata = new ArrayList<>();
    metadata.add("Template: " + MarkdownText.escape(report.template().wireName()));
    report
        .entity()
        .map(ReportViews::entity)
        .filter(e -> !e.isEmpty())
        .ifPresent(e -> metadata.add("Entity: " + e));
    metadata.add("Created: " + DateTimeFormatter.ISO_INSTANT.format(report.createdAt()));
    if (timingsEstimated(report)) {
      metadata.add("Timings: estimated from word counts; the transcript does not give all of them");
    }
    List<String> summary =
        report.summary().map(MarkdownText::escape).filter(s -> !s.isEmpty()).stream().toList();
    List<SectionView> sections = new ArrayList<>();
    int number = 0;
    for (Section section : report.sections().orElse(List.of())) {
      number++;
      var chunks = chunks(section.content());
      if (chunks.isEmpty()) {
        continue; // only illustrations: nothing to read, so no empty heading either
      }
      String heading = headings.next(section.title(), "Section " + number);
      sections.add(new SectionView(heading, chunks));
    }
    return new ReportView(title, metadata, summary, sections);
  }

  /** Whether {@code raw.media.timings_estimated} is true. */
  private static boolean timingsEstimated(Report report) {
    return report
        .raw()
        .filter(JsonValue.JsonObject.class::isInstance)
        .flatMap(raw -> ((JsonValue.JsonObject) raw).get("media"))
        .filter(JsonValue.JsonObject.class::isInstance)
        .flatMap(media -> ((JsonValue.JsonObject) media).get("timings_estimated"))
        .map(JsonValue.of(true)::equals)
        .orElse(false);
  }

  private static String entity(ReportEntity entity) {
    String id = MarkdownText.escape(entity.id());
    return entity
        .label()
        .map(MarkdownText::escape)
        .filter(label -> !label.isEmpty() && !label.equals(id))
        .map(label -> label + " (" + id + ")")
        .orElse(id);
  }

  private static List<ChunkView> chunks(SectionContent content) {
    if (content instanceof SectionContent.FreeJson json) {
      return List.of(ChunkView.ofJson(JsonText.pretty(json.value())));
    }
    List<Block> blocks =
        content instanceof Block block
            ? List.of(block)
            : ((SectionContent.Blocks) content).blocks();
    List<ChunkView> chunks = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Card card) {
        card(card).ifPresent(items::add);
      } else if (block instanceof Block.Grid grid) {
        grid.items().forEach(card -> card(card).ifPresent(items::add));
      } else if (block instanceof Block.Text text) {
        String paragraph = text(text);
        if (!paragraph.isEmpty()) {
          flush(items, chunks);
          chunks.add(ChunkView.ofParagraph(paragraph));
        }
      }
    }
    flush(items, chunks);
    return chunks;
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

  /** {@code **title:** content}, or the one of them that is not blank. */
  private static Optional<String> card(Block.Card card) {
    String title = MarkdownText.escape(card.title());
    String content = MarkdownText.escape(card.content());
    if (title.isEmpty() || content.isEmpty()) {
      String only = title.isEmpty() ? content : title;
      return only.isEmpty() ? Optional.empty() : Optional.of(only);
    }
    String colon = ":?!.".indexOf(title.charAt(title.length() - 1)) >= 0 ? "" : ":";
    return Optional.of("**" + title + colon + "** " + content);
  }

  private static void flush(List<String> items, List<ChunkView> chunks) {
    if (!items.isEmpty()) {
      chunks.add(ChunkView.ofList(items));
      items.clear();
    }
  }
}
