package dev.reportengine.pdf.internal;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.media.Media;
import dev.reportengine.pdf.PdfLimits;
import dev.reportengine.pdf.internal.DocumentView.BlockView;
import dev.reportengine.pdf.internal.DocumentView.CardView;
import dev.reportengine.pdf.internal.DocumentView.CellView;
import dev.reportengine.pdf.internal.DocumentView.GridView;
import dev.reportengine.pdf.internal.DocumentView.IllustrationView;
import dev.reportengine.pdf.internal.DocumentView.RowView;
import dev.reportengine.pdf.internal.DocumentView.SectionView;
import dev.reportengine.pdf.internal.DocumentView.TextView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a report (and its media, when given) into the view the layout renders, within limits. */
public final class ReportViews {

  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final PdfLimits limits;
  private final String lang;

  /** Views in language {@code lang} bounded by {@code limits}. */
  public ReportViews(PdfLimits limits, String lang) {
    this.limits = limits;
    this.lang = lang;
  }

  /**
   * The view of {@code report}.
   *
   * @param css the complete style sheet
   */
  public DocumentView of(Report report, Optional<Media> media, String css) {
    String title = report.label().filter(l -> !l.isBlank()).orElse("Report");
    String template = templateName(report);
    String person = report.entity().map(ReportViews::person).orElse("");
    String subject = person.isEmpty() ? template : template + " about " + person;
    List<String> facts = new ArrayList<>();
    if (!person.isEmpty()) {
      facts.add("About " + person);
    }
    report.media().mediaId().ifPresent(id -> facts.add("Media " + id));
    facts.add("Created " + CREATED.format(report.createdAt()));
    String description =
        report.summary().filter(s -> !s.isBlank()).map(s -> cut(s, 300)).orElse(subject);
    List<SectionView> sections = sections(report);
    return new DocumentView(
        lang,
        title,
        subject,
        description,
        css,
        template,
        facts,
        report.summary().filter(s -> !s.isBlank()).map(s -> cut(s, limits.maxTextChars())).stream()
            .toList(),
        media.flatMap(m -> Charts.of(m, limits)).stream().toList(),
        sections,
        title + " \u00b7 created " + DAY.format(report.createdAt()));
  }

  private static String person(ReportEntity e) {
    return e.label().filter(l -> !l.isBlank()).orElse(e.id());
  }

  private static String templateName(Report report) {
    String wire = report.template().wireName().replace('_', ' ');
    return Character.toUpperCase(wire.charAt(0)) + wire.substring(1);
  }

  private List<BlockView> blocks(SectionContent content) {
    if (content instanceof SectionContent.FreeJson json) {
      return List.of(BlockView.json(JsonText.pretty(json.value(), limits.maxJsonChars())));
    }
    List<Block> all =
        content instanceof SectionContent.Blocks list ? list.blocks() : List.of((Block) content);
    List<BlockView> out = new ArrayList<>();
    int shown = Math.min(all.size(), limits.maxBlocksPerSection());
    for (Block b : all.subList(0, shown)) {
      out.add(block(b));
    }
    if (shown < all.size()) {
      out.add(BlockView.note("Showing the first " + shown + " of " + all.size() + " items."));
    }
    return out;
  }

  private BlockView block(Block block) {
    if (block instanceof Block.Card c) {
      return BlockView.card(card(c));
    }
    if (block instanceof Block.Text t) {
      List<String> lines =
          cut(t.content(), limits.maxTextChars()).lines().filter(l -> !l.isBlank()).toList();
      return BlockView.text(
          new TextView(t.title().filter(s -> !s.isBlank()).stream().toList(), lines));
    }
    if (block instanceof Block.Grid g) {
      return BlockView.grid(grid(g));
    }
    Block.Illustration i = (Block.Illustration) block;
    return BlockView.illustration(
        new IllustrationView(i.variant().wireName(), Illustrations.svg(i.variant())));
  }

  private CardView card(Block.Card c) {
    String title = cut(c.title(), 200);
    return new CardView(
        Icons.svg(c.icon(), c.icon() + " icon"), c.icon(), title, cut(c.content(), 1000));
  }

  private GridView grid(Block.Grid g) {
    int columns = g.columns();
    List<Block.Card> items =
        g.items().subList(0, Math.min(g.items().size(), limits.maxBlocksPerSection()));
    String gap = "3";
    double width = (99.0 - 3 * (columns - 1)) / columns; // 1 % slack: inline blocks round up
    List<RowView> rows = new ArrayList<>();
    for (int start = 0; start < items.size(); start += columns) {
      List<CellView> cells = new ArrayList<>();
      List<Block.Card> row = items.subList(start, Math.min(items.size(), start + columns));
      for (int i = 0; i < row.size(); i++) {
        String style =
            String.format(Locale.ROOT, "width: %.2f%%;", width)
                + (i + 1 < columns ? " margin-right: " + gap + "%;" : "");
        cells.add(new CellView(card(row.get(i)), style));
      }
      rows.add(new RowView(cells));
    }
    return new GridView(columns, rows);
  }

  /**
   * The sections, all of them when the report's text is within {@code maxInputChars}; else those
   * that fit (the last one possibly in part), after a first section that says the PDF is shortened.
   */
  private List<SectionView> sections(Report report) {
    int max = limits.maxInputChars();
    List<Section> all = report.sections().orElse(List.of());
    long head =
        report.label().map(String::length).orElse(0)
            + (long) report.summary().map(String::length).orElse(0);
    long total = head;
    for (Section s : all) {
      total += s.title().length() + size(s.content(), max);
    }
    List<SectionView> out = new ArrayList<>();
    if (total <= max) {
      all.forEach(s -> out.add(new SectionView(s.title(), blocks(s.content()))));
      return out;
    }
    long left = max - head;
    boolean partial = false;
    for (Section s : all) {
      long size = s.title().length() + size(s.content(), max);
      if (size <= left) {
        out.add(new SectionView(s.title(), blocks(s.content())));
        left -= size;
        continue;
      }
      List<Block> fitting = fitting(s.content(), left - s.title().length());
      if (!fitting.isEmpty()) {
        out.add(new SectionView(s.title(), blocks(new SectionContent.Blocks(fitting))));
        partial = true;
      }
      break;
    }
    String shown =
        "the first "
            + out.size()
            + " of "
            + all.size()
            + " sections"
            + (partial ? ", the last of them in part" : "");
    out.add(
        0,
        new SectionView(
            "This PDF is shortened",
            List.of(
                BlockView.note(
                    "This PDF is shortened: the report holds "
                        + total
                        + " characters of text, more than this PDF's limit of "
                        + max
                        + ", so it shows "
                        + shown
                        + "; the full report is in JSON and Markdown."))));
    return out;
  }

  /** The leading blocks of {@code content} whose text fits in {@code left} characters. */
  private List<Block> fitting(SectionContent content, long left) {
    List<Block> out = new ArrayList<>();
    if (content instanceof SectionContent.Blocks list) {
      for (Block b : list.blocks()) {
        long size = size(b, limits.maxInputChars());
        if (size > left) {
          break;
        }
        out.add(b);
        left -= size;
      }
    }
    return out;
  }

  private static long size(SectionContent content, int cap) {
    if (content instanceof SectionContent.FreeJson json) {
      return JsonText.pretty(json.value(), cap).length();
    }
    if (content instanceof SectionContent.Blocks list) {
      return list.blocks().stream().mapToLong(b -> size(b, cap)).sum();
    }
    Block b = (Block) content;
    if (b instanceof Block.Card c) {
      return c.icon().length() + c.title().length() + c.content().length();
    }
    if (b instanceof Block.Text t) {
      return t.title().map(String::length).orElse(0) + t.content().length();
    }
    if (b instanceof Block.Grid g) {
      return g.items().stream().mapToLong(c -> size(c, cap)).sum();
    }
    return 0;
  }

  /** At most {@code max} code points, ending in an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
