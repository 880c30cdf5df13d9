package dev.reportengine.api;

import dev.reportengine.api.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished report ({@code GET /v1/reports/{id}}). Everything in it was computed from the
 * transcript; {@code raw} holds the machine-readable evidence (how the target was resolved, the
 * analysis version, per-stage timings).
 *
 * @param id {@code id}
 * @param createdAt {@code createdAt}, written as an ISO-8601 instant
 * @param jobId {@code jobId}
 * @param label {@code label}
 * @param summary {@code summary}
 * @param media {@code media}
 * @param template {@code output.template}
 * @param entity {@code entity}, the person the report is about
 * @param markdown {@code markdown}, the report rendered as CommonMark
 * @param sections {@code sections}
 * @param metrics {@code metrics}, a flat map with documented snake_case keys
 * @param raw {@code raw}
 * @param pdfUrl {@code pdfUrl}, present only when the host configured a link policy
 * @param reportUrl {@code reportUrl}, present only when the host configured a link policy
 */
public record Report(
    String id,
    Instant createdAt,
    Optional<String> jobId,
    Optional<String> label,
    Optional<String> summary,
    ReportMedia media,
    Template template,
    Optional<ReportEntity> entity,
    Optional<String> markdown,
    Optional<List<Section>> sections,
    Optional<Map<String, JsonValue>> metrics,
    Optional<JsonValue> raw,
    Optional<URI> pdfUrl,
    Optional<URI> reportUrl) {

  /** Requires non-null components; copies collections. */
  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(markdown, "markdown");
    sections = Objects.requireNonNull(sections, "sections").map(List::copyOf);
    metrics = Objects.requireNonNull(metrics, "metrics").map(m -> JsonValue.object(m).members());
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(pdfUrl, "pdfUrl");
    Objects.requireNonNull(reportUrl, "reportUrl");
  }

  /** Returns a copy with the given Markdown rendering. */
  public Report withMarkdown(String newMarkdown) {
    return new Report(
        id,
        createdAt,
        jobId,
        label,
        summary,
        media,
        template,
        entity,
        Optional.of(newMarkdown),
        sections,
        metrics,
        raw,
        pdfUrl,
        reportUrl);
  }

  /** Returns a copy with the given machine-readable evidence. */
  public Report withRaw(JsonValue newRaw) {
    return new Report(
        id,
        createdAt,
        jobId,
        label,
        summary,
        media,
        template,
        entity,
        markdown,
        sections,
        metrics,
        Optional.of(newRaw),
        pdfUrl,
        reportUrl);
  }
}
