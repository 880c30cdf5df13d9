package dev.reportengine.api;

import dev.reportengine.api.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished report ({@code GET /v1/reports/{id}}). Everything in it was computed from the
 * transcript; {@code raw} holds the machine-readable evidence (how the target was resolved, the
 * analysis version, per-stage timings). Make one with {@link #builder()}, which names each
 * component, and a copy with changes with {@link #toBuilder()}.
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
 * @see #builder()
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
    return toBuilder().markdown(newMarkdown).build();
  }

  /** Returns a copy with the given machine-readable evidence. */
  public Report withRaw(JsonValue newRaw) {
    return toBuilder().raw(newRaw).build();
  }

  /**
   * Starts a report with nothing set. {@link Builder#build()} requires {@code id}, {@code
   * createdAt}, {@code media} and {@code template}; every other component is optional and empty
   * unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding every component of this report, to make a copy with changes. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .createdAt(createdAt)
        .jobId(jobId)
        .label(label)
        .summary(summary)
        .media(media)
        .template(template)
        .entity(entity)
        .markdown(markdown)
        .sections(sections)
        .metrics(metrics)
        .raw(raw)
        .pdfUrl(pdfUrl)
        .reportUrl(reportUrl);
  }

  /**
   * Builds a {@link Report} by named component instead of fourteen positional ones:
   *
   * <pre>{@code
   * Report report =
   *     Report.builder()
   *         .id("rep_1")
   *         .createdAt(Instant.parse("2026-01-02T03:04:05Z"))
   *         .media(new ReportMedia(Optional.empty(), Optional.of("call-1")))
   *         .template(Template.GENERAL_REPORT)
   *         .summary("Ana and Ben agreed to move the launch to March.")
   *         .build();
   * }</pre>
   *
   * <p>A setter replaces what was set before; an optional component has a setter for the value and
   * one for an {@code Optional}, so it can be cleared. Null arguments throw {@link
   * NullPointerException}. Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private Instant createdAt;
    private Optional<String> jobId = Optional.empty();
    private Optional<String> label = Optional.empty();
    private Optional<String> summary = Optional.empty();
    private ReportMedia media;
    private Template template;
    private Optional<ReportEntity> entity = Optional.empty();
    private Optional<String> markdown = Optional.empty();
    private Optional<List<Section>> sections = Optional.empty();
    private Optional<Map<String, JsonValue>> metrics = Optional.empty();
    private Optional<JsonValue> raw = Optional.empty();
    private Optional<URI> pdfUrl = Optional.empty();
    private Optional<URI> reportUrl = Optional.empty();

    private Builder() {}

    /** Sets {@code id}, the report's id; required. */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /** Sets {@code createdAt}, when the report was made; required. */
    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /** Sets {@code jobId}, the job that made the report. */
    public Builder jobId(String value) {
      this.jobId = Optional.of(Objects.requireNonNull(value, "jobId"));
      return this;
    }

    /** Sets or clears {@code jobId}, the job that made the report. */
    public Builder jobId(Optional<String> value) {
      this.jobId = Objects.requireNonNull(value, "jobId");
      return this;
    }

    /** Sets {@code label}, the request's label. */
    public Builder label(String value) {
      this.label = Optional.of(Objects.requireNonNull(value, "label"));
      return this;
    }

    /** Sets or clears {@code label}, the request's label. */
    public Builder label(Optional<String> value) {
      this.label = Objects.requireNonNull(value, "label");
      return this;
    }

    /** Sets {@code summary}, the report's summary. */
    public Builder summary(String value) {
      this.summary = Optional.of(Objects.requireNonNull(value, "summary"));
      return this;
    }

    /** Sets or clears {@code summary}, the report's summary. */
    public Builder summary(Optional<String> value) {
      this.summary = Objects.requireNonNull(value, "summary");
      return this;
    }

    /** Sets {@code media}, the media the report was built from; required. */
    public Builder media(ReportMedia value) {
      this.media = Objects.requireNonNull(value, "media");
      return this;
    }

    /** Sets {@code template}, the template that made the report; required. */
    public Builder template(Template value) {
      this.template = Objects.requireNonNull(value, "template");
      return this;
    }

    /** Sets {@code entity}, the person the report is about. */
    public Builder entity(ReportEntity value) {
      this.entity = Optional.of(Objects.requireNonNull(value, "entity"));
      return this;
    }

    /** Sets or clears {@code entity}, the person the report is about. */
    public Builder entity(Optional<ReportEntity> value) {
      this.entity = Objects.requireNonNull(value, "entity");
      return this;
    }

    /** Sets {@code markdown}, the report rendered as CommonMark. */
    public Builder markdown(String value) {
      this.markdown = Optional.of(Objects.requireNonNull(value, "markdown"));
      return this;
    }

    /** Sets or clears {@code markdown}, the report rendered as CommonMark. */
    public Builder markdown(Optional<String> value) {
      this.markdown = Objects.requireNonNull(value, "markdown");
      return this;
    }

    /** Sets {@code sections}, the report's sections. */
    public Builder sections(List<Section> value) {
      this.sections = Optional.of(Objects.requireNonNull(value, "sections"));
      return this;
    }

    /** Sets or clears {@code sections}, the report's sections. */
    public Builder sections(Optional<List<Section>> value) {
      this.sections = Objects.requireNonNull(value, "sections");
      return this;
    }

    /** Sets {@code metrics}, the metrics, a flat map with snake_case keys. */
    public Builder metrics(Map<String, JsonValue> value) {
      this.metrics = Optional.of(Objects.requireNonNull(value, "metrics"));
      return this;
    }

    /** Sets or clears {@code metrics}, the metrics, a flat map with snake_case keys. */
    public Builder metrics(Optional<Map<String, JsonValue>> value) {
      this.metrics = Objects.requireNonNull(value, "metrics");
      return this;
    }

    /** Sets {@code raw}, the machine-readable evidence. */
    public Builder raw(JsonValue value) {
      this.raw = Optional.of(Objects.requireNonNull(value, "raw"));
      return this;
    }

    /** Sets or clears {@code raw}, the machine-readable evidence. */
    public Builder raw(Optional<JsonValue> value) {
      this.raw = Objects.requireNonNull(value, "raw");
      return this;
    }

    /** Sets {@code pdfUrl}, the link to the PDF. */
    public Builder pdfUrl(URI value) {
      this.pdfUrl = Optional.of(Objects.requireNonNull(value, "pdfUrl"));
      return this;
    }

    /** Sets or clears {@code pdfUrl}, the link to the PDF. */
    public Builder pdfUrl(Optional<URI> value) {
      this.pdfUrl = Objects.requireNonNull(value, "pdfUrl");
      return this;
    }

    /** Sets {@code reportUrl}, the link to the report. */
    public Builder reportUrl(URI value) {
      this.reportUrl = Optional.of(Objects.requireNonNull(value, "reportUrl"));
      return this;
    }

    /** Sets or clears {@code reportUrl}, the link to the report. */
    public Builder reportUrl(Optional<URI> value) {
      this.reportUrl = Objects.requireNonNull(value, "reportUrl");
      return this;
    }

    /**
     * Returns the report.
     *
     * @throws IllegalArgumentException naming every required component that was not set ({@code
     *     id}, {@code createdAt}, {@code media}, {@code template})
     */
    public Report build() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (createdAt == null) {
        missing.add("createdAt");
      }
      if (media == null) {
        missing.add("media");
      }
      if (template == null) {
        missing.add("template");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "a report needs id, createdAt, media and template; missing: " + missing);
      }
      return new Report(
          id, createdAt, jobId, label, summary, media, template, entity, markdown, sections,
          metrics, raw, pdfUrl, reportUrl);
    }
  }
}
