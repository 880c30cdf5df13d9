package dev.reportengine.api.spi;

import dev.reportengine.api.Section;
import dev.reportengine.api.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a template produces. The engine adds the id, label, entity, Markdown and its own evidence
 * (target resolution, stage timings) to make a {@link dev.reportengine.api.Report}.
 *
 * @param summary a one-paragraph plain-text summary
 * @param sections the report's sections, in order
 * @param metrics a flat map of documented snake_case keys to numbers or strings
 * @param raw the template's machine-readable evidence; the engine nests it under {@code
 *     raw.template}
 */
public record ReportContent(
    String summary,
    List<Section> sections,
    Map<String, JsonValue> metrics,
    JsonValue.JsonObject raw) {

  /** Requires all parts; copies collections, keeping the metrics' order. */
  public ReportContent {
    Objects.requireNonNull(summary, "summary");
    sections = List.copyOf(sections);
    metrics = JsonValue.object(metrics).members();
    Objects.requireNonNull(raw, "raw");
  }
}
