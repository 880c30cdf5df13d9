package dev.reportengine.pdf;

import dev.reportengine.pdf.internal.DocumentView;
import dev.reportengine.pdf.internal.FontSet;
import dev.reportengine.pdf.internal.HtmlLayout;
import dev.reportengine.pdf.internal.PdfWriter;
import dev.reportengine.pdf.internal.ReportViews;
import dev.reportengine.pdf.internal.WarmUpSample;
import java.util.Objects;

/**
 * Renders a {@link Report} as a tagged, archivable PDF (PDF/UA-1 and PDF/A-3a): a title block with
 * the label, the person and the creation time; the summary; talk time per participant and a speaker
 * timeline when the media is given; then every section with its cards (with icons), grids, texts,
 * illustrations and JSON. Every page has the label in its footer and "Page n of m". Fonts are
 * embedded as subsets: DejaVu Sans (Latin, Greek, Cyrillic) and any font the host adds.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
 * pdf.warmUp();                                   // once, at start: the first render is slow
 * Files.write(Path.of("report.pdf"), pdf.render(PdfInput.of(report, media)));
 * }</pre>
 *
 * <p>All report text is escaped; nothing is fetched from the network or the file system while
 * rendering (every URI openhtmltopdf would resolve is refused before it is resolved). Output is
 * bounded by {@link PdfLimits}. The document is dated by the report's {@code createdAt}. Instances
 * are immutable and thread-safe; fonts are read once, when the renderer is built.
 */
public final class PdfRenderer {

  private static final int WARM_UP_RUNS = 3;

  private final PageSize pageSize;
  private final PdfLimits limits;
  private final HtmlLayout layout;
  private final ReportViews views;
  private final String css;
  private final PdfWriter writer;

  PdfRenderer(
      PageSize pageSize,
      PdfLimits limits,
      HtmlLayout layout,
      String language,
      String css,
      FontSet fonts) {
    this.pageSize = pageSize;
    this.limits = limits;
    this.layout = layout;
    this.views = new ReportViews(limits, language);
    this.css = css;
    this.writer = new PdfWriter(fonts, limits.maxPages());
  }

  /** Starts a builder; every option has a default. */
  public static PdfRendererBuilder builder() {
    return new PdfRendererBuilder();
  }

  /**
   * A renderer with the defaults: A4, the built-in layout and CSS, DejaVu fonts, default limits.
   */
  public static PdfRenderer create() {
    return builder().build();
  }

  /**
   * Renders the report as PDF.
   *
   * @throws PdfRenderException if the report exceeds a limit or openhtmltopdf fails
   * @throws NullPointerException if {@code input} is null
   */
  public byte[] render(PdfInput input) {
    return renderWithDetails(input).pdf();
  }

  /**
   * The XHTML document the PDF is rendered from: for checking a custom layout or CSS in a browser,
   * and for benchmarks.
   */
  public String html(PdfInput input) {
    Objects.requireNonNull(input, "input");
    DocumentView view = views.of(input.report(), input.media(), css);
    return layout.render(view);
  }

  /**
   * Renders a small built-in report with every block kind and both charts, three times, so that
   * class loading, font parsing and openhtmltopdf's and Batik's start-up happen now rather than in
   * the first real render (which is seconds slower in a fresh JVM).
   */
  public void warmUp() {
    PdfInput sample = WarmUpSample.input();
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      render(sample);
    }
  }

  /** The paper size. */
  public PageSize pageSize() {
    return pageSize;
  }

  /** The limits. */
  public PdfLimits limits() {
    return limits;
  }

  PdfWriter.Result renderWithDetails(PdfInput input) {
    Objects.requireNonNull(input, "input");
    String html = html(input);
    return writer.write(html, input.report().createdAt(), "report [" + input.report().id() + "]");
  }
}
