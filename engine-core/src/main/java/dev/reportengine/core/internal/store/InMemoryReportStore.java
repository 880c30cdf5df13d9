package dev.reportengine.core.internal.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.ReportStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A {@link ReportStore} in two bounded Caffeine caches, one for jobs and one for reports. */
public final class InMemoryReportStore implements ReportStore {

  private final Cache<String, JobSnapshot> jobs;
  private final Cache<String, Report> reports;
  private final long maxEntries;
  private final Duration retention;

  /** A store keeping up to {@code maxEntries} of each kind for {@code retention}. */
  public InMemoryReportStore(long maxEntries, Duration retention) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
    }
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, got " + retention);
    }
    this.maxEntries = maxEntries;
    this.retention = retention;
    this.jobs = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(retention).build();
    this.reports =
        Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(retention).build();
  }

  @Override
  public void saveJob(JobSnapshot job) {
    jobs.put(job.jobId(), job);
  }

  @Override
  public Optional<JobSnapshot> job(String jobId) {
    return Optional.ofNullable(jobs.getIfPresent(jobId));
  }

  @Override
  public void saveReport(Report report) {
    reports.put(report.id(), report);
  }

  @Override
  public Optional<Report> report(String reportId) {
    return Optional.ofNullable(reports.getIfPresent(reportId));
  }

  @Override
  public String toString() {
    return "in-memory store (" + maxEntries + " entries, " + retention + " retention)";
  }
}
