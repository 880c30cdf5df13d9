package dev.reportengine.core;

import dev.reportengine.api.Report;
import dev.reportengine.core.internal.markdown.MarkdownDocument;
import java.util.Objects;

/**
 * Renders any {@link Report} as CommonMark that passes markdownlint's default rules (line length
 * aside), from its fields and sections, written in one pass.
 *
 * <pre>{@code
 * MarkdownRenderer renderer = MarkdownRenderer.create();
 * Files.writeString(Path.of("report.md"), renderer.render(report));
 * }</pre>
 *
 * <p>The document is: an H1 with the label (or {@code Report}); a list with the template, the
 * entity's label and id, the creation instant in ISO-8601 UTC and, when {@code
 * raw.media.timings_estimated} is true, a line saying the timings are estimated; the summary
 * paragraph; then an H2 per section. A card becomes a bullet {@code **title:** content} (its icon
 * is not shown), a grid the bullets of its cards, a text a paragraph with its title as a bold
 * lead-in, and free JSON a fenced {@code json} block, pretty-printed in member order. Illustrations
 * are decorative and are left out, and so is a section that holds nothing else (no empty heading).
 *
 * <p>All report text is treated as plain text and escaped, so a transcript can never forge
 * headings, lists, block quotes, links, images, code, emphasis, tables or HTML, and bare URLs are
 * defused. Line breaks inside a text become spaces. Heading texts are made unique (a repeated
 * section title gets a number) and lose trailing punctuation other than {@code ?}. The same report
 * always renders to the same string. Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /** A renderer with the built-in layout. */
  public static MarkdownRenderer create() {
    return new MarkdownRenderer();
  }

  /**
   * Renders {@code report} as Markdown ending in a single newline. The report's own {@code
   * markdown} field is ignored.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public String render(Report report) {
    return MarkdownDocument.render(Objects.requireNonNull(report, "report"));
  }
}
