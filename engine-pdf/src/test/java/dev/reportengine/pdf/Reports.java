package dev.reportengine.pdf;

import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import java.util.List;

/** Test-data builders on top of real reports. */
final class Reports {

  private Reports() {}

  static Report withSections(Report r, List<Section> sections) {
    return r.toBuilder().sections(sections).build();
  }

  static Report withSummary(Report r, String summary) {
    return r.toBuilder().summary(summary).build();
  }
}
