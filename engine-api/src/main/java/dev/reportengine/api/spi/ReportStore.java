package dev.reportengine.api.spi;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import java.util.Optional;

/**
 * Keeps job snapshots, the requests behind them, reports, their rendered documents (artifacts) and
 * idempotency records. Implementations must be thread-safe; a save replaces the previous value with
 * the same id or key. The engine saves the snapshots of one job one at a time, in order. A bounded
 * store may forget finished jobs, reports and expired idempotency records, never a job that has not
 * ended. Standard stores are made by {@code dev.reportengine.core.ReportStores}.
 *
 * <p>A {@linkplain #isDurable() durable} store outlives the process: on start, the engine runs
 * again every job it finds queued or running, from the saved request. A store that also implements
 * {@link JobClaims} is shared instead: engines claim its queued jobs one at a time, under leases;
 * one that also implements {@link SharedIdempotency} shares idempotency keys between them, one that
 * implements {@link SharedEvents} keeps job events so that any engine can replay them, one that
 * implements {@link WebhookOutbox} keeps webhook deliveries for any engine to make, and one that
 * implements {@link StoreRetention} deletes finished jobs when an engine asks.
 */
public interface ReportStore {

  /** Saves the latest snapshot of a job. */
  void saveJob(JobSnapshot job);

  /** The latest saved snapshot of the job with this id. */
  Optional<JobSnapshot> job(String jobId);

  /**
   * A page of saved jobs, newest first (by {@code createdAt}, then job id), keeping only the
   * query's statuses and starting after its cursor.
   *
   * @throws IllegalArgumentException if the cursor was not made by this store
   */
  JobPage jobs(JobQuery query);

  /** Saves the request a job runs, before its first snapshot. */
  void saveRequest(String jobId, CreateReportJobRequest request);

  /** The request of a job that has not ended; a store may forget it once the job has ended. */
  Optional<CreateReportJobRequest> request(String jobId);

  /** Saves a finished report. */
  void saveReport(Report report);

  /** The report with this id. */
  Optional<Report> report(String reportId);

  /**
   * Saves a rendered document of a report (such as its PDF), replacing one with the same report id
   * and media type. Kept with the same bounds and lifetime as reports; the report's JSON never
   * embeds it.
   *
   * @param mediaType the IANA media type of the bytes, such as {@code application/pdf}
   */
  void saveArtifact(String reportId, String mediaType, byte[] bytes);

  /** The rendered document of this media type saved for the report, if the store still has it. */
  Optional<byte[]> artifact(String reportId, String mediaType);

  /** Saves an idempotency record, replacing one with the same key. */
  void saveIdempotency(IdempotencyRecord record);

  /** The idempotency record for this key, expired or not, if the store still has it. */
  Optional<IdempotencyRecord> idempotency(String key);

  /** Whether what is saved survives the process; false unless a store says otherwise. */
  default boolean isDurable() {
    return false;
  }
}
