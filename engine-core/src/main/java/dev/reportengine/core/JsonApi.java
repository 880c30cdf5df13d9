package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.core.internal.webhook.WebhookDeliveriesJson;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The Reports v1 contract as JSON, endpoint by endpoint: each method takes what an HTTP route
 * receives and returns a status code and a JSON body (a PDF for {@link #getReportPdf}), so a host's
 * HTTP layer is a one-line mapping per route. Never throws, for any input: bad input is a 4xx JSON
 * error body (docs/contracts/error.schema.json), a broken store or a bug 500 {@code internal} with
 * a stable message (logged with its cause through {@code System.Logger}). Thread-safe.
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
   * {@code POST /v1/reports/jobs}: 202 with the create response; 400 with every violation; 409
   * {@code idempotency_conflict} when the idempotency key came with another request; 429 when the
   * queue is full, with {@code retryAfterSec} in the error body and a {@code Retry-After} header;
   * 503 when the engine is closed. A repeated request with a known idempotency key answers 202 with
   * the original job as it is now (whose status may then be terminal).
   */
  public ApiResponse createJob(String body) {
    return guard(() -> createJobUnguarded(body));
  }

  private ApiResponse createJobUnguarded(String body) {
    if (body == null) {
      return error(400, ErrorCode.INVALID_REQUEST, "the request body is missing", List.of());
    }
    try {
      CreateReportJobRequest request = engine.parseRequest(body);
      JobHandle handle = engine.submit(request);
      return new ApiResponse(202, json.writeResponse(createResponse(handle.snapshot())));
    } catch (InvalidRequestException e) {
      return error(400, e.code(), e.getMessage(), e.violations());
    } catch (OverloadedException e) {
      return new ApiResponse(
              429,
              json.writeError(
                  e.code(), e.getMessage(), List.of(), OptionalLong.of(e.retryAfterSec())))
          .withHeader("Retry-After", String.valueOf(e.retryAfterSec()));
    } catch (ReportEngineException e) {
      return error(status(e.code()), e.code(), e.getMessage(), List.of());
    }
  }

  /**
   * {@code GET /v1/jobs?status=&limit=&cursor=}: 200 with a page of jobs, newest first
   * (docs/contracts/job-list.schema.json); 400 for an unknown parameter, status, a limit outside
   * 1..1000 or a cursor no page returned. {@code status} may be repeated or comma-separated.
   *
   * @param query the query string without {@code ?}, such as {@code status=failed&limit=20}; null
   *     or empty for the first page of every job
   */
  public ApiResponse listJobs(String query) {
    return guard(() -> listJobsUnguarded(query));
  }

  private ApiResponse listJobsUnguarded(String query) {
    try {
      return new ApiResponse(200, json.writeJobPage(engine.jobs(JobQueryParser.parse(query))));
    } catch (IllegalArgumentException e) {
      return error(400, ErrorCode.INVALID_REQUEST, e.getMessage(), List.of());
    }
  }

  /**
   * {@code POST /v1/jobs/{jobId}/cancel}: 200 with the job snapshot after the cancel (status {@code
   * canceled}, or the terminal status it had already reached), or 404.
   */
  public ApiResponse cancelJob(String jobId) {
    return guard(() -> cancelJobUnguarded(jobId));
  }

  private ApiResponse cancelJobUnguarded(String jobId) {
    if (engine.job(jobId).isEmpty()) {
      return notFound("job", jobId);
    }
    engine.cancel(jobId);
    return getJob(jobId);
  }

  /** {@code GET /v1/jobs/{jobId}}: 200 with the job snapshot, or 404. */
  public ApiResponse getJob(String jobId) {
    return guard(() -> getJobUnguarded(jobId));
  }

  private ApiResponse getJobUnguarded(String jobId) {
    return engine
        .job(jobId)
        .map(s -> new ApiResponse(200, json.writeJob(s)))
        .orElseGet(() -> notFound("job", jobId));
  }

  /** {@code GET /v1/reports/{id}}: 200 with the report, or 404. */
  public ApiResponse getReport(String reportId) {
    return guard(() -> getReportUnguarded(reportId));
  }

  private ApiResponse getReportUnguarded(String reportId) {
    return engine
        .report(reportId)
        .map(r -> new ApiResponse(200, json.writeReport(r)))
        .orElseGet(() -> notFound("report", reportId));
  }

  /**
   * {@code GET /v1/reports/{id}.pdf}: 200 with the PDF ({@code application/pdf}); 404 for an
   * unknown report, or when the engine has no PDF ({@link PdfMode#OFF}, no renderer, or the store
   * no longer has an eagerly rendered one); 500 {@code render_failed} when a lazy render fails.
   */
  public ApiResponse getReportPdf(String reportId) {
    return guard(() -> getReportPdfUnguarded(reportId));
  }

  private ApiResponse getReportPdfUnguarded(String reportId) {
    if (engine.report(reportId).isEmpty()) {
      return notFound("report", reportId);
    }
    try {
      return engine
          .pdf(reportId)
          .map(bytes -> new ApiResponse(200, "application/pdf", bytes))
          .orElseGet(
              () ->
                  error(
                      404,
                      ErrorCode.NOT_FOUND,
                      "no PDF for report ["
                          + reportId
                          + "]: the engine's PDF mode is "
                          + engine.pdfMode().name().toLowerCase(Locale.ROOT)
                          + (engine.pdfMode() == PdfMode.OFF ? "" : " and the store has none"),
                      List.of()));
    } catch (ReportEngineException e) {
      return error(status(e.code()), e.code(), e.getMessage(), List.of());
    }
  }

  /**
   * {@code GET /v1/reports/by-job/{jobId}}: 200 with the report once the job has succeeded, 200
   * with the body {@code null} before that (and for a job that failed), 404 for an unknown job.
   */
  public ApiResponse getReportByJob(String jobId) {
    return guard(() -> getReportByJobUnguarded(jobId));
  }

  private ApiResponse getReportByJobUnguarded(String jobId) {
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
    return guard(() -> getWebhookDeliveriesUnguarded(jobId));
  }

  private ApiResponse getWebhookDeliveriesUnguarded(String jobId) {
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
   * @param path the request path, such as {@code /v1/jobs/job_1}, optionally with its query string
   *     ({@code /v1/jobs?status=failed})
   * @param body the request body, or null or empty for none
   */
  public ApiResponse handle(String method, String path, String body) {
    return guard(() -> handleUnguarded(method, path, body));
  }

  private ApiResponse handleUnguarded(String method, String path, String body) {
    String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
    String bare = path == null ? "" : path;
    String query = "";
    int mark = bare.indexOf('?');
    if (mark >= 0) {
      query = bare.substring(mark + 1);
      bare = bare.substring(0, mark);
    }
    if ("/v1/reports/jobs".equals(bare)) {
      return "POST".equals(verb) ? createJob(body == null ? "" : body) : notAllowed(verb, "POST");
    }
    Optional<String> deliveries = tail(bare, "/v1/jobs/", "/webhook-deliveries");
    if (deliveries.isPresent()) {
      return "GET".equals(verb) ? getWebhookDeliveries(deliveries.get()) : notAllowed(verb, "GET");
    }
    if ("/v1/jobs".equals(bare)) {
      return "GET".equals(verb) ? listJobs(query) : notAllowed(verb, "GET");
    }
    Optional<String> cancel = tail(bare, "/v1/jobs/", "/cancel");
    if (cancel.isPresent()) {
      return "POST".equals(verb) ? cancelJob(cancel.get()) : notAllowed(verb, "POST");
    }
    Optional<String> pdf = tail(bare, "/v1/reports/", ".pdf");
    if (pdf.isPresent()) {
      return "GET".equals(verb) ? getReportPdf(pdf.get()) : notAllowed(verb, "GET");
    }
    Optional<String> byJob = tail(bare, "/v1/reports/by-job/", "");
    Optional<String> report = tail(bare, "/v1/reports/", "");
    Optional<String> job = tail(bare, "/v1/jobs/", "");
    if (byJob.isEmpty() && report.isEmpty() && job.isEmpty()) {
      return error(404, ErrorCode.NOT_FOUND, "no route " + bare, List.of());
    }
    if (!"GET".equals(verb)) {
      return notAllowed(verb, "GET");
    }
    if (byJob.isPresent()) {
      return getReportByJob(byJob.get());
    }
    return report.isPresent() ? getReport(report.get()) : getJob(job.get());
  }

  /** The one path segment between {@code prefix} and {@code suffix}, if the path is so shaped. */
  /**
   * Runs one endpoint so that it answers whatever happens: an engine error becomes its status and
   * code, anything else (a broken store, a bug) 500 {@code internal} with a stable message, logged
   * with its cause. No stack trace and no exception message reaches the body: either may hold host
   * paths.
   */
  private ApiResponse guard(java.util.function.Supplier<ApiResponse> endpoint) {
    try {
      return endpoint.get();
    } catch (ReportEngineException e) {
      LOG.log(
          System.Logger.Level.WARNING, "JSON API answered " + e.code() + ": " + e.getMessage(), e);
      return error(status(e.code()), e.code(), e.getMessage(), List.of());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(System.Logger.Level.ERROR, "JSON API failed unexpectedly", e);
      return error(
          500,
          ErrorCode.INTERNAL,
          "internal error (" + e.getClass().getSimpleName() + "); the host's log has the cause",
          List.of());
    }
  }

  private static final System.Logger LOG = System.getLogger(JsonApi.class.getName());

  private static Optional<String> tail(String path, String prefix, String suffix) {
    if (!path.startsWith(prefix) || !path.endsWith(suffix)) {
      return Optional.empty();
    }
    String rest = path.substring(prefix.length(), path.length() - suffix.length());
    return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
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
      case IDEMPOTENCY_CONFLICT -> 409;
      case UNAVAILABLE -> 503;
      case MEDIA_UNREADABLE,
          TARGET_NOT_FOUND,
          TEMPLATE_NOT_FOUND,
          TEMPLATE_FAILED,
          RENDER_FAILED,
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
