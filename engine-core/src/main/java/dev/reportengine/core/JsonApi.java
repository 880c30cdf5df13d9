package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.core.internal.webhook.WebhookDeliveriesJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Reports v1 contract as JSON, endpoint by endpoint: each method takes what an HTTP route
 * receives and returns a status code and a JSON body, so a host's HTTP layer is a one-line mapping
 * per route. Never throws for bad input; every error is a JSON error body
 * (docs/contracts/error.schema.json). Thread-safe.
 *
 * <pre>{@code
 * ApiResponse r = engine.api().createJob(requestBody);
 * return ResponseEntity.status(r.status()).body(r.json());
 * }</pre>
 */
public final class JsonApi {

  private final ReportEngine engine;
  private final ContractJson json;

  JsonApi(ReportEngine engine, ContractJson json) {
    this.engine = engine;
    this.json = json;
  }

  /**
   * {@code POST /v1/reports/jobs}: 202 with the create response; 400 with every violation; 429 when
   * the queue is full; 503 when the engine is closed.
   */
  public ApiResponse createJob(String body) {
    try {
      CreateReportJobRequest request = engine.parseRequest(body);
      JobHandle handle = engine.submit(request);
      return new ApiResponse(202, json.writeResponse(createResponse(handle.snapshot())));
    } catch (InvalidRequestException e) {
      return error(400, e.code(), e.getMessage(), e.violations());
    } catch (ReportEngineException e) {
      return error(status(e.code()), e.code(), e.getMessage(), List.of());
    }
  }

  /** {@code GET /v1/jobs/{jobId}}: 200 with the job snapshot, or 404. */
  public ApiResponse getJob(String jobId) {
    return engine
        .job(jobId)
        .map(s -> new ApiResponse(200, json.writeJob(s)))
        .orElseGet(() -> notFound("job", jobId));
  }

  /** {@code GET /v1/reports/{id}}: 200 with the report, or 404. */
  public ApiResponse getReport(String reportId) {
    return engine
        .report(reportId)
        .map(r -> new ApiResponse(200, json.writeReport(r)))
        .orElseGet(() -> notFound("report", reportId));
  }

  /**
   * {@code GET /v1/reports/by-job/{jobId}}: 200 with the report once the job has succeeded, 200
   * with the body {@code null} before that (and for a job that failed), 404 for an unknown job.
   */
  public ApiResponse getReportByJob(String jobId) {
    Optional<JobSnapshot> job = engine.job(jobId);
    if (job.isEmpty()) {
      return notFound("job", jobId);
    }
    if (job.get().status() != JobStatus.SUCCEEDED) {
      return new ApiResponse(200, "null");
    }
    return engine
        .reportByJob(jobId)
        .map(r -> new ApiResponse(200, json.writeReport(r)))
        .orElseGet(() -> notFound("report of job", jobId));
  }

  /**
   * {@code GET /v1/jobs/{jobId}/webhook-deliveries}: 200 with every attempt to deliver the job's
   * webhook event so far (docs/contracts/webhook-deliveries.schema.json; no attempts when the
   * request had no webhook or the job has not ended), or 404 for an unknown job.
   */
  public ApiResponse getWebhookDeliveries(String jobId) {
    if (engine.job(jobId).isEmpty()) {
      return notFound("job", jobId);
    }
    return new ApiResponse(
        200, json.writeValue(WebhookDeliveriesJson.of(jobId, engine.webhookDeliveries(jobId))));
  }

  /**
   * Routes one request by method and path to the endpoint methods above; 404 for an unknown path,
   * 405 for a known path with another method.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the request path without query, such as {@code /v1/jobs/job_1}
   * @param body the request body, or null or empty for none
   */
  public ApiResponse handle(String method, String path, String body) {
    String verb = method == null ? "" : method.toUpperCase(java.util.Locale.ROOT);
    if ("/v1/reports/jobs".equals(path)) {
      return "POST".equals(verb) ? createJob(body == null ? "" : body) : notAllowed(verb, "POST");
    }
    Optional<String> deliveries = deliveriesJobId(path);
    if (deliveries.isPresent()) {
      return "GET".equals(verb) ? getWebhookDeliveries(deliveries.get()) : notAllowed(verb, "GET");
    }
    Optional<String> byJob = tail(path, "/v1/reports/by-job/");
    Optional<String> report = tail(path, "/v1/reports/");
    Optional<String> job = tail(path, "/v1/jobs/");
    if (byJob.isEmpty() && report.isEmpty() && job.isEmpty()) {
      return error(404, ErrorCode.NOT_FOUND, "no route " + path, List.of());
    }
    if (!"GET".equals(verb)) {
      return notAllowed(verb, "GET");
    }
    if (byJob.isPresent()) {
      return getReportByJob(byJob.get());
    }
    return report.isPresent() ? getReport(report.get()) : getJob(job.get());
  }

  private static Optional<String> tail(String path, String prefix) {
    if (path == null || !path.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = path.substring(prefix.length());
    return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
  }

  private static Optional<String> deliveriesJobId(String path) {
    String suffix = "/webhook-deliveries";
    return path != null && path.endsWith(suffix)
        ? tail(path.substring(0, path.length() - suffix.length()), "/v1/jobs/")
        : Optional.empty();
  }

  private static CreateReportJobResponse createResponse(JobSnapshot now) {
    boolean running = now.status() == JobStatus.RUNNING;
    return new CreateReportJobResponse(
        now.jobId(),
        running ? JobStatus.RUNNING : JobStatus.QUEUED,
        running ? now.stage() : Optional.empty(),
        now.status() == JobStatus.QUEUED ? now.estimatedWaitSec() : OptionalDouble.empty());
  }

  private static int status(ErrorCode code) {
    return switch (code) {
      case INVALID_REQUEST -> 400;
      case NOT_FOUND, MEDIA_NOT_FOUND -> 404;
      case OVERLOADED -> 429;
      case UNAVAILABLE -> 503;
      case MEDIA_UNREADABLE,
          TARGET_NOT_FOUND,
          TEMPLATE_NOT_FOUND,
          TEMPLATE_FAILED,
          TIMEOUT,
          CANCELED,
          INTERNAL ->
          500;
    };
  }

  private ApiResponse notFound(String what, String id) {
    return error(404, ErrorCode.NOT_FOUND, "no " + what + " [" + id + "]", List.of());
  }

  private ApiResponse notAllowed(String method, String allowed) {
    return error(
        405,
        ErrorCode.INVALID_REQUEST,
        "method [" + method + "] not allowed here; allowed: " + allowed,
        List.of());
  }

  private ApiResponse error(
      int status, ErrorCode code, String message, List<dev.reportengine.api.Violation> violations) {
    return new ApiResponse(status, json.writeError(code, message, violations));
  }
}
