package dev.reportengine.api.spi;

import dev.reportengine.api.Report;
import dev.reportengine.api.media.Media;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ReportRenderer} renders.
 *
 * @param report the finished report
 * @param media the conversation the report was built from, when the caller has it; renderers use it
 *     for charts (talk time per participant, a speaker timeline) and leave them out without it
 */
public record RenderContext(Report report, Optional<Media> media) {

  /** Requires both parts. */
  public RenderContext {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(media, "media");
  }

  /** A context without media. */
  public static RenderContext of(Report report) {
    return new RenderContext(report, Optional.empty());
  }
}
