package dev.reportengine.core;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a host serves reports and their PDFs: the engine asks it for a report's {@code reportUrl}
 * and {@code pdfUrl} when it builds the report. Without a policy both are absent, as the contract
 * says; {@code pdfUrl} is also absent when the engine's {@link PdfMode} is {@link PdfMode#OFF}.
 * Implementations return absolute URIs (the engine fails the job with {@code internal} otherwise)
 * and must be thread-safe.
 *
 * <pre>{@code
 * ReportEngine.builder()
 *     .links(LinkPolicy.baseUri(URI.create("https://reports.example.com")))
 *     // reportUrl https://reports.example.com/v1/reports/rep_42
 *     // pdfUrl    https://reports.example.com/v1/reports/rep_42.pdf
 * }</pre>
 */
public interface LinkPolicy {

  /** The absolute URI at which the report's JSON is served. */
  URI reportUrl(String reportId);

  /** The absolute URI at which the report's PDF is served. */
  URI pdfUrl(String reportId);

  /**
   * The contract's routes under a base URI: {@code {base}/v1/reports/{id}} and {@code
   * {base}/v1/reports/{id}.pdf}, the id percent-encoded as one path segment.
   *
   * @param base an absolute {@code http} or {@code https} URI without query or fragment, such as
   *     {@code https://reports.example.com} or {@code https://example.com/api/}
   * @throws IllegalArgumentException naming the URI when it is not such a URI
   */
  static LinkPolicy baseUri(URI base) {
    Objects.requireNonNull(base, "base");
    String scheme = base.getScheme();
    if (!base.isAbsolute()
        || base.isOpaque()
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || base.getHost() == null
        || base.getRawQuery() != null
        || base.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "link base URI must be an absolute http or https URI with a host and without query or"
              + " fragment, such as https://reports.example.com; got ["
              + base
              + "]");
    }
    String root = base.toString().replaceAll("/+$", "") + "/v1/reports/";
    return new LinkPolicy() {
      @Override
      public URI reportUrl(String reportId) {
        return URI.create(root + segment(reportId));
      }

      @Override
      public URI pdfUrl(String reportId) {
        return URI.create(root + segment(reportId) + ".pdf");
      }

      @Override
      public String toString() {
        return "links under " + root;
      }
    };
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
