package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.Template;
import dev.reportengine.api.Violation;
import dev.reportengine.api.WebhookAttempt;
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
   * Every attempt to deliver the job's webhook event so far, oldest first; empty when the request
   * had no webhook, the job has not ended, or the log no longer holds it (deliveries are kept in
   * memory, for the last 10,000 jobs and two days).
   */
  List<WebhookAttempt> webhookDeliveries(String jobId);

  /** The templates this engine can run. */
  Set<Template> templates();

  /** The contract as JSON, endpoint by endpoint, for hosts that speak HTTP. */
  JsonApi api();

  /**
   * Stops taking jobs, lets running and queued jobs finish within {@code grace}, then stops the
   * engine's own threads. Idempotent. An executor passed in by the host is left running.
   */
  void close(Duration grace);

  /** {@link #close(Duration)} with the builder's shutdown grace period. */
  @Override
  void close();
}
