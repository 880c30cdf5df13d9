package dev.reportengine.pdf;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Real reports for the tests: the repository's examples run through the real engine with the
 * built-in templates, with the media they came from.
 */
final class Samples {

  /** One example transcript and whom to report on. */
  record Example(String mediaId, TargetSpec target) {
    @Override
    public String toString() {
      return mediaId;
    }
  }

  static final List<Example> EXAMPLES =
      List.of(
          new Example("discovery-call", TargetSpec.magicHint("Maria")),
          new Example("hiring-interview.vtt", TargetSpec.entityId("alex-kim")),
          new Example("team-standup", TargetSpec.dominant()));

  private Samples() {}

  /** The repository root: the {@code reportengine.root} property, else the working dir's parent. */
  static Path root() {
    String property = System.getProperty("reportengine.root");
    return property != null && !property.isBlank()
        ? Path.of(property)
        : Path.of("").toAbsolutePath().getParent();
  }

  static Path examples() {
    return root().resolve("examples");
  }

  /** The report and media of an example. */
  static PdfInput input(Example example) {
    MediaSource source = MediaSources.directory(examples());
    Media media = source.load(new MediaQuery(example.mediaId())).orElseThrow();
    return PdfInput.of(report(source, example.mediaId(), example.target()), media);
  }

  /** A report built by the real engine from {@code mediaId} in {@code source}. */
  static Report report(MediaSource source, String mediaId, TargetSpec target) {
    try (ReportEngine engine = ReportEngine.builder().mediaSource(source).build()) {
      return engine
          .submit(CreateReportJobRequest.of(mediaId, Template.GENERAL_REPORT, target))
          .await(Duration.ofSeconds(60));
    }
  }
}
