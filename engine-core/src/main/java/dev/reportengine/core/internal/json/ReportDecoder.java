package dev.reportengine.core.internal.json;

import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a report strictly against the report schema: unknown members at any depth, missing or
 * mistyped ones are violations. JSON null reads as an empty optional, except for {@code raw}, where
 * it is the value {@link JsonValue#NULL}.
 */
final class ReportDecoder {
  private static final Pointer ROOT = Pointer.ROOT;
  private static final List<String> FIELDS =
      List.of(
          "id",
          "createdAt",
          "jobId",
          "label",
          "summary",
          "media",
          "output",
          "entity",
          "markdown",
          "sections",
          "metrics",
          "raw",
          "pdfUrl",
          "reportUrl");
  private static final List<String> TEMPLATES =
      Arrays.stream(Template.values()).map(Template::wireName).toList();

  private ReportDecoder() {}

  static Report decode(JsonNode node) {
    Violations violations = new Violations();
    FieldChecks checks = new FieldChecks(violations, "the report");
    Optional<ObjectNode> object = checks.object(node, ROOT);
    violations.throwIfAny();
    ObjectNode root = object.orElseThrow();
    checks.knownFields(root, ROOT, FIELDS);
    Optional<String> id =
        checks.required(root, ROOT, "id").flatMap(v -> checks.string(v, ROOT.child("id")));
    Optional<Instant> createdAt =
        checks
            .required(root, ROOT, "createdAt")
            .flatMap(v -> FormatChecks.instant(checks, v, ROOT.child("createdAt")));
    Optional<ReportMedia> media =
        checks.required(root, ROOT, "media").flatMap(v -> media(v, checks));
    Optional<Template> template =
        checks.required(root, ROOT, "output").flatMap(v -> template(v, checks));
    Optional<ReportEntity> entity =
        FieldChecks.member(root, "entity").flatMap(v -> entity(v, checks));
    Optional<List<Section>> sections =
        FieldChecks.nonNull(root, "sections").flatMap(v -> sections(v, checks));
    Optional<Map<String, JsonValue>> metrics =
        FieldChecks.nonNull(root, "metrics")
            .flatMap(v -> checks.object(v, ROOT.child("metrics")))
            .map(JsonValues::members);
    Optional<String> jobId = string(root, "jobId", checks);
    Optional<String> label = string(root, "label", checks);
    Optional<String> summary = string(root, "summary", checks);
    Optional<String> markdown =
        FieldChecks.nonNull(root, "markdown")
            .flatMap(v -> checks.string(v, ROOT.child("markdown")));
    Optional<URI> pdfUrl = uri(root, "pdfUrl", checks);
    Optional<URI> reportUrl = uri(root, "reportUrl", checks);
    violations.throwIfAny();
    return Report.builder()
        .id(id.orElseThrow())
        .createdAt(createdAt.orElseThrow())
        .jobId(jobId)
        .label(label)
        .summary(summary)
        .media(media.orElseThrow())
        .template(template.orElseThrow())
        .entity(entity)
        .markdown(markdown)
        .sections(sections)
        .metrics(metrics)
        .raw(FieldChecks.member(root, "raw").map(JsonValues::fromNode))
        .pdfUrl(pdfUrl)
        .reportUrl(reportUrl)
        .build();
  }

  private static Optional<ReportMedia> media(JsonNode node, FieldChecks checks) {
    Pointer here = ROOT.child("media");
    return checks
        .object(node, here)
        .map(
            media -> {
              checks.knownFields(media, here, List.of("url", "mediaId"));
              return new ReportMedia(
                  FieldChecks.member(media, "url")
                      .flatMap(v -> checks.string(v, here.child("url"))),
                  FieldChecks.member(media, "mediaId")
                      .flatMap(v -> checks.string(v, here.child("mediaId"))));
            });
  }

  private static Optional<Template> template(JsonNode node, FieldChecks checks) {
    Pointer here = ROOT.child("output");
    return checks
        .object(node, here)
        .flatMap(
            output -> {
              checks.knownFields(output, here, List.of("template"));
              return checks
                  .required(output, here, "template")
                  .flatMap(v -> checks.oneOf(v, here.child("template"), TEMPLATES))
                  .flatMap(Template::fromWireName);
            });
  }

  private static Optional<ReportEntity> entity(JsonNode node, FieldChecks checks) {
    Pointer here = ROOT.child("entity");
    return checks
        .object(node, here)
        .flatMap(
            entity -> {
              checks.knownFields(entity, here, List.of("id", "label"));
              Optional<String> id =
                  checks
                      .required(entity, here, "id")
                      .flatMap(v -> checks.string(v, here.child("id")));
              Optional<String> label =
                  checks
                      .required(entity, here, "label")
                      .filter(v -> !v.isNull())
                      .flatMap(v -> checks.string(v, here.child("label")));
              return id.map(value -> new ReportEntity(value, label));
            });
  }

  private static Optional<List<Section>> sections(JsonNode node, FieldChecks checks) {
    Pointer here = ROOT.child("sections");
    return checks
        .array(node, here)
        .map(
            array -> {
              List<Section> sections = new ArrayList<>(array.size());
              for (int i = 0; i < array.size(); i++) {
                section(array.get(i), here.index(i), checks).ifPresent(sections::add);
              }
              return sections;
            });
  }

  private static Optional<Section> section(JsonNode node, Pointer here, FieldChecks checks) {
    return checks
        .object(node, here)
        .flatMap(
            section -> {
              checks.knownFields(section, here, List.of("section_title", "section_content"));
              Optional<String> title =
                  checks
                      .required(section, here, "section_title")
                      .flatMap(v -> checks.string(v, here.child("section_title")));
              Optional<SectionContent> content =
                  checks
                      .required(section, here, "section_content")
                      .flatMap(
                          v ->
                              SectionContentDecoder.decode(
                                  v, here.child("section_content"), checks));
              return title.flatMap(t -> content.map(c -> new Section(t, c)));
            });
  }

  private static Optional<String> string(ObjectNode root, String name, FieldChecks checks) {
    return FieldChecks.member(root, name).flatMap(v -> checks.string(v, ROOT.child(name)));
  }

  private static Optional<URI> uri(ObjectNode root, String name, FieldChecks checks) {
    return FieldChecks.member(root, name)
        .flatMap(v -> FormatChecks.absoluteUri(checks, v, ROOT.child(name)));
  }
}
