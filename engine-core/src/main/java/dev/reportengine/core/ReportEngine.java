package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.Template;
import dev.reportengine.api.Violation;
import dev.reportengine.api.WebhookAttempt;
import dev.reportengine.api.spi.EngineObserver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a recorded conversation into a report about one person in it, asynchronously, as a job.
 * Thread-safe. Close it when done: it owns the threads it made.
 *
 * <pre>{@code
 * try (ReportEngine engine =
 *     ReportEngine.builder()
 *         .mediaSource(MediaSources.directory(Path.of("transcripts")))
 *         .build()) {
 *   JobHandle job =
 *       engine.submit(
 *           CreateReportJobRequest.of("weekly-sync", Template.GENERAL_REPORT, TargetSpec.dominant()));
 *   Report report = job.await(Duration.ofSeconds(30));
 *   System.out.println(report.markdown().orElseThrow());
 * }
 * }</pre>
 */
public interface ReportEngine extends AutoCloseable {

  /** Starts a builder with the documented defaults. */
  static ReportEngineBuilder builder() {
    return new ReportEngineBuilder();
  }

  /**
   * Validates the request and queues a job for it.
   *
   * @throws InvalidRequestException with every violation when the request breaks the contract;
   *     nothing is queued then
   * @throws dev.reportengine.api.ReportEngineException with code {@code overloaded} when the queue
   *     is full, or when the engine is closed
   */
  JobHandle submit(CreateReportJobRequest request);

  /**
   * Like {@link #submit(CreateReportJobRequest)}, with Java-side options such as the job's
   * deadline.
   *
   * <p>With an {@code idempotencyKey}, a submit that repeats the request of a key seen within the
   * retention window ({@link EngineLimits#idempotencyRetention()}) returns the original job, in
   * whatever status it is now, and queues nothing; the same key with a different request throws.
   * Concurrent submits with one key create one job.
   *
   * @throws dev.reportengine.api.IdempotencyConflictException when the key was used with a
   *     different request
   * @throws dev.reportengine.api.OverloadedException when the queue is full; it carries a
   *     retry-after estimate
   */
  JobHandle submit(CreateReportJobRequest request, SubmitOptions options);

  /**
   * Validates every request, then queues a job for each, as {@link #submit(CreateReportJobRequest,
   * SubmitOptions)} would one by one, with the same idempotency per request; for many jobs at once,
   * it costs far fewer store round trips. On a store that is a claim queue (PostgreSQL), the
   * requests without an idempotency key are saved in one transaction, so a batch waits for one disk
   * flush instead of one per job, and all or none of them is queued. Requests with a key are
   * submitted first, one at a time, since their key decides whether a job is created.
   *
   * @return the handles, in the order of the requests (a repeated key returns its original job)
   * @throws InvalidRequestException when a request is null or breaks the contract: every violation
   *     of every request, each pointer prefixed with the request's index in the list (such as
   *     {@code /3/target/hint}); nothing is queued then
   * @throws IllegalArgumentException when the requests without a key outnumber the queue bound
   *     ({@link EngineLimits#maxQueuedJobs()}); nothing is queued then
   * @throws dev.reportengine.api.OverloadedException when the queue has no room for all the
   *     requests without a key; none of them is queued (those with a key before stay queued, and a
   *     retry of the same list returns their jobs)
   * @throws dev.reportengine.api.IdempotencyConflictException when a key was used with a different
   *     request; the requests without a key are not queued then
   */
  List<JobHandle> submitAll(List<CreateReportJobRequest> requests, SubmitOptions options);

  /** {@link #submitAll(List, SubmitOptions)} with the default options. */
  List<JobHandle> submitAll(List<CreateReportJobRequest> requests);

  /**
   * A page of jobs, newest first, filtered by status ({@code GET /v1/jobs}).
   *
   * @throws IllegalArgumentException if the query's cursor is not one a page returned
   */
  JobPage jobs(JobQuery query);

  /**
   * Cancels a job: a queued one is removed at once and never runs; a running one ends {@code
   * canceled} now and its worker stops at the next stage boundary.
   *
   * @return true if the job was canceled by this call; false if it is unknown or had ended
   */
  boolean cancel(String jobId);

  /**
   * Parses a v1 request body (JSON) and checks it against the contract and this engine's templates,
   * without submitting it.
   *
   * @throws InvalidRequestException with every violation, each with its JSON Pointer
   */
  CreateReportJobRequest parseRequest(String json);

  /** Every way the request breaks the contract; empty when it may be submitted. */
  List<Violation> validate(CreateReportJobRequest request);

  /** The handle of a job this engine ran or runs, while the store still knows it. */
  Optional<JobHandle> handle(String jobId);

  /** The latest snapshot of a job. */
  Optional<JobSnapshot> job(String jobId);

  /** A finished report. */
  Optional<Report> report(String reportId);

  /** The report of a job, once the job has succeeded; empty before. */
  Optional<Report> reportByJob(String jobId);

  /**
   * The report's PDF: kept by the store when the engine rendered it in the job ({@link
   * PdfMode#EAGER}), or rendered now on the first request and then kept ({@link PdfMode#LAZY}).
   * Empty for an unknown report, with {@link PdfMode#OFF}, without a PDF renderer, or when the
   * store no longer has an eagerly rendered PDF.
   *
   * @throws dev.reportengine.api.ReportEngineException with code {@code render_failed} when a lazy
   *     render fails
   */
  Optional<byte[]> pdf(String reportId);

  /**
   * Like {@link #pdf(String)} for the document of any registered renderer, by its media type (such
   * as {@code application/pdf}).
   */
  Optional<byte[]> document(String reportId, String mediaType);

  /** When this engine renders PDFs; see {@link ReportEngineBuilder#pdfMode(PdfMode)}. */
  PdfMode pdfMode();

  /**
   * Every attempt to deliver the job's webhook event so far, oldest first; empty when the request
   * had no webhook, the job has not ended, or the log no longer holds it (deliveries are kept in
   * memory, for the last 10,000 jobs and two days).
   */
  List<WebhookAttempt> webhookDeliveries(String jobId);

  /**
   * The engine's queue and workers, read live: jobs queued and running, the queue's bound, the
   * parallelism, and whether it takes and runs jobs (for health checks and gauges).
   */
  EngineObserver.EngineState state();

  /** The templates this engine can run. */
  Set<Template> templates();

  /** The contract as JSON, endpoint by endpoint, for hosts that speak HTTP. */
  JsonApi api();

  /**
   * Stops taking jobs and lets running jobs finish within {@code grace}. With a durable store,
   * queued jobs stay queued in it for the next start, and jobs still running after the grace period
   * run again on the next start. With the in-memory store, queued jobs may run within the grace
   * period and whatever has not ended after it fails with code {@code unavailable}. Then the
   * engine's own threads (workers, event delivery, deadline sweep, renderer warm-up) stop.
   * Idempotent. Executors passed in by the host are left running.
   */
  void close(Duration grace);

  /** {@link #close(Duration)} with the builder's shutdown grace period. */
  @Override
  void close();
}
