package dev.reportengine.pdf;

/**
 * Bounds that keep render time and memory in check whatever the report holds, for example a report
 * on a ten-hour transcript. Lists longer than a bound are cut and the PDF says so ("Showing the
 * first 200 of 1,234."); a report holding more text than {@code maxInputChars} is shortened to the
 * sections that fit, and its first page says so ("This PDF is shortened: …; the full report is in
 * JSON and Markdown"); a layout longer than {@code maxPages} fails with a {@link
 * PdfRenderException}.
 *
 * @param maxInputChars the most characters of text (label, summary, sections) rendered; sections
 *     beyond it are left out, with a note
 * @param maxPages the most pages a PDF may have
 * @param maxBlocksPerSection blocks shown per section; the rest are counted in a note
 * @param maxTextChars characters shown per text block; longer texts end with an ellipsis
 * @param maxJsonChars characters of free JSON shown per section
 * @param maxChartParticipants participants shown in the talk-time chart and timeline; the rest are
 *     summed as "Others"
 * @param maxTimelineSegments segments drawn per timeline row; nearby speech is merged to stay under
 */
public record PdfLimits(
    int maxInputChars,
    int maxPages,
    int maxBlocksPerSection,
    int maxTextChars,
    int maxJsonChars,
    int maxChartParticipants,
    int maxTimelineSegments) {

  /** Requires every bound to be positive. */
  public PdfLimits {
    positive("maxInputChars", maxInputChars);
    positive("maxPages", maxPages);
    positive("maxBlocksPerSection", maxBlocksPerSection);
    positive("maxTextChars", maxTextChars);
    positive("maxJsonChars", maxJsonChars);
    positive("maxChartParticipants", maxChartParticipants);
    positive("maxTimelineSegments", maxTimelineSegments);
  }

  /**
   * The defaults: 2,000,000 input characters, 200 pages, 200 blocks per section, 4,000 characters
   * per text, 20,000 characters of JSON, 8 chart participants, 400 timeline segments per row.
   */
  public static PdfLimits defaults() {
    return new PdfLimits(2_000_000, 200, 200, 4_000, 20_000, 8, 400);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
