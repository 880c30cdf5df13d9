package dev.reportengine.spring;

import dev.reportengine.core.ApiResponse;
import dev.reportengine.core.JsonApi;
import dev.reportengine.core.ReportEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Reports v1 routes: each maps onto one {@link JsonApi} method and sends its {@link
 * ApiResponse} as it is (status, content type, body bytes). Request bodies are read as raw UTF-8,
 * at most the engine's request size limit plus one byte (the engine answers a larger one), and
 * never bound by Spring. Enabled by {@code report-engine.web.enabled=true}.
 */
@RestController
public class ReportEngineController {

  private final ReportEngine engine;
  private final int maxRequestBytes;
  private final byte[] openApi = OpenApiDocument.bytes();

  /**
   * @param engine the engine whose {@link ReportEngine#api()} answers
   * @param maxRequestBytes the engine's request size limit ({@code EngineLimits.maxRequestBytes})
   */
  public ReportEngineController(ReportEngine engine, int maxRequestBytes) {
    this.engine = Objects.requireNonNull(engine, "engine");
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
    }
    this.maxRequestBytes = maxRequestBytes;
  }

  /** {@code POST /v1/reports/jobs}. */
  @PostMapping("/v1/reports/jobs")
  public ResponseEntity<byte[]> createJob(HttpServletRequest request) throws IOException {
    String body = readBody(request);
    return send(engine.api().createJob(body));
  }

  /** {@code GET /v1/reports/by-job/{jobId}}. */
  @GetMapping("/v1/reports/by-job/{jobId}")
  public ResponseEntity<byte[]> getReportByJob(@PathVariable("jobId") String jobId) {
    return send(engine.api().getReportByJob(jobId));
  }

  /** {@code GET /v1/reports/{id}} and {@code GET /v1/reports/{id}.pdf}. */
  @GetMapping("/v1/reports/{id}")
  public ResponseEntity<byte[]> getReport(@PathVariable("id") String id) {
    // One mapping for both, as JsonApi.handle routes them: a path segment ending in .pdf is the
    // PDF.
    if (id.endsWith(".pdf") && id.length() > ".pdf".length()) {
      return send(engine.api().getReportPdf(id.substring(0, id.length() - ".pdf".length())));
    }
    return send(engine.api().getReport(id));
  }

  /** {@code GET /v1/jobs?status=&limit=&cursor=}. */
  @GetMapping("/v1/jobs")
  public ResponseEntity<byte[]> listJobs(HttpServletRequest request) {
    return send(engine.api().listJobs(request.getQueryString()));
  }

  /** {@code GET /v1/jobs/{jobId}}. */
  @GetMapping("/v1/jobs/{jobId}")
  public ResponseEntity<byte[]> getJob(@PathVariable("jobId") String jobId) {
    return send(engine.api().getJob(jobId));
  }

  /** {@code POST /v1/jobs/{jobId}/cancel}. */
  @PostMapping("/v1/jobs/{jobId}/cancel")
  public ResponseEntity<byte[]> cancelJob(@PathVariable("jobId") String jobId) {
    return send(engine.api().cancelJob(jobId));
  }

  /**
   * {@code GET /v1/openapi.json}: the OpenAPI 3.1 document of the v1 routes, built from the
   * contract's schemas.
   */
  @GetMapping("/v1/openapi.json")
  public ResponseEntity<byte[]> openApi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(openApi);
  }

  /** {@code GET /v1/jobs/{jobId}/webhook-deliveries}. */
  @GetMapping("/v1/jobs/{jobId}/webhook-deliveries")
  public ResponseEntity<byte[]> getWebhookDeliveries(@PathVariable("jobId") String jobId) {
    return send(engine.api().getWebhookDeliveries(jobId));
  }

  private String readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      // One byte over the limit is enough for the engine to answer "too large".
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxRequestBytes + 1L));
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static ResponseEntity<byte[]> send(ApiResponse response) {
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(response.status())
            .contentType(MediaType.parseMediaType(response.contentType()));
    response.headers().forEach((name, value) -> builder.header(name, value));
    return builder.body(response.body());
  }
}
