package dev.reportengine.core.internal.json;

import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import java.net.URI;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report as a tree in the schema's member order: absent optionals omitted, except {@code
 * entity.label}, which the schema requires and is written as null when unknown.
 */
final class ReportEncoder {
  private ReportEncoder() {}

  /**
   * The tree of {@code report}.
   *
   * @throws IllegalArgumentException if {@code pdfUrl} or {@code reportUrl} is not absolute, which
   *     the schema's {@code format: uri} requires
   */
  static ObjectNode encode(Report report) {
    ObjectNode root = JsonValues.NODES.objectNode();
    root.put("id", report.id());
    root.put("createdAt", report.createdAt().toString());
    report.jobId().ifPresent(id -> root.put("jobId", id));
    report.label().ifPresent(label -> root.put("label", label));
    report.summary().ifPresent(summary -> root.put("summary", summary));
    root.set("media", media(report.media()));
    root.putObject("output").put("template", report.template().wireName());
    report.entity().ifPresent(entity -> root.set("entity", entity(entity)));
    report.markdown().ifPresent(markdown -> root.put("markdown", markdown));
    report.sections().ifPresent(sections -> root.set("sections", sections(sections)));
    report.metrics().ifPresent(metrics -> root.set("metrics", JsonValues.objectNode(metrics)));
    report.raw().ifPresent(raw -> root.set("raw", JsonValues.toNode(raw)));
    report.pdfUrl().ifPresent(url -> root.put("pdfUrl", absolute("pdfUrl", url)));
    report.reportUrl().ifPresent(url -> root.put("reportUrl", absolute("reportUrl", url)));
    return root;
  }

  private static ObjectNode media(ReportMedia media) {
    ObjectNode node = JsonValues.NODES.objectNode();
    media.url().ifPresent(url -> node.put("url", url));
    media.mediaId().ifPresent(id -> node.put("mediaId", id));
    return node;
  }

  private static ObjectNode entity(ReportEntity entity) {
    ObjectNode node = JsonValues.NODES.objectNode();
    node.put("id", entity.id());
    entity.label().ifPresentOrElse(label -> node.put("label", label), () -> node.putNull("label"));
    return node;
  }

  private static ArrayNode sections(List<Section> sections) {
    ArrayNode array = JsonValues.NODES.arrayNode(sections.size());
    for (Section section : sections) {
      ObjectNode node = array.addObject();
      node.put("section_title", section.title());
      node.set("section_content", SectionContentEncoder.encode(section.content()));
    }
    return array;
  }

  private static String absolute(String field, URI uri) {
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(field + " must be an absolute URI, got " + uri);
    }
    return uri.toString();
  }
}
