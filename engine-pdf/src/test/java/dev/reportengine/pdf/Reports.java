package dev.reportengine.pdf;

import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import java.util.List;
import java.util.Optional;

/** Test-data builders on top of real reports. */
final class Reports {

  private Reports() {}

  static Report withSections(Report r, List<Section> sections) {
    return new Report(
        r.id(),
        r.createdAt(),
        r.jobId(),
        r.label(),
        r.summary(),
        r.media(),
        r.template(),
        r.entity(),
        r.markdown(),
        Optional.of(sections),
        r.metrics(),
        r.raw(),
        r.pdfUrl(),
        r.reportUrl());
  }

  static Report withSummary(Report r, String summary) {
    return new Report(
        r.id(),
        r.createdAt(),
        r.jobId(),
        r.label(),
        Optional.of(summary),
        r.media(),
        r.template(),
        r.entity(),
        r.markdown(),
        r.sections(),
        r.metrics(),
        r.raw(),
        r.pdfUrl(),
        r.reportUrl());
  }
}
