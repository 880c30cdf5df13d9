package dev.reportengine.api.spi;

import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import java.util.Optional;

/**
 * Keeps job snapshots and reports. Implementations must be thread-safe; a save replaces the
 * previous value with the same id. A bounded store may forget finished jobs and reports; the engine
 * never forgets a job that has not ended while it runs. Standard stores are made by {@code
 * dev.reportengine.core.ReportStores}.
 */
public interface ReportStore {

  /** Saves the latest snapshot of a job. */
  void saveJob(JobSnapshot job);

  /** The latest saved snapshot of the job with this id. */
  Optional<JobSnapshot> job(String jobId);

  /** Saves a finished report. */
  void saveReport(Report report);

  /** The report with this id. */
  Optional<Report> report(String reportId);
}
