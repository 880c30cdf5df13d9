package dev.reportengine.pdf;

import dev.reportengine.api.Report;
import dev.reportengine.api.media.Media;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PdfRenderer} renders.
 *
 * @param report the finished report
 * @param media the conversation the report was built from, when the caller has it: with it the PDF
 *     shows talk time per participant and a speaker timeline; without it they are left out
 */
public record PdfInput(Report report, Optional<Media> media) {

  /** Requires both parts. */
  public PdfInput {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(media, "media");
  }

  /** A report without its media: no charts. */
  public static PdfInput of(Report report) {
    return new PdfInput(report, Optional.empty());
  }

  /** A report with the media it was built from. */
  public static PdfInput of(Report report, Media media) {
    return new PdfInput(report, Optional.of(media));
  }
}
