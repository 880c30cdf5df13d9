package dev.reportengine.core.internal.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReportStore} in bounded Caffeine caches. Finished jobs, reports, their rendered
 * documents and idempotency records are bounded by count and expire; a job that has not ended is
 * kept in a plain map, outside every bound, so it is never evicted. Requests are kept until their
 * job ends.
 *
 * <p>Only a job's terminal snapshot goes into a cache: its queued and running snapshots (two of a
 * job's three saves) are map writes, without Caffeine's write buffer, eviction and expiry upkeep
 * (about a fifth of a trivial job's CPU when every snapshot went through a cache with a weigher and
 * per-entry expiry). A reader looks in the map first: a job leaves it only after its terminal
 * snapshot is in the cache.
 */
public final class InMemoryReportStore implements ReportStore {

  private final Map<String, JobSnapshot> unfinished = new ConcurrentHashMap<>();
  private final Cache<String, JobSnapshot> ended;
  private final Cache<String, Report> reports;
  private final Cache<String, IdempotencyRecord> keys;
  private final Cache<ArtifactKey, byte[]> artifacts;
  private final Map<String, CreateReportJobRequest> requests = new ConcurrentHashMap<>();
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
    this.ended = bounded(maxEntries).expireAfterWrite(retention).build();
    this.reports = bounded(maxEntries).expireAfterWrite(retention).build();
    this.artifacts = bounded(maxEntries).expireAfterWrite(retention).build();
    this.keys =
        bounded(maxEntries)
            .expireAfter(
                Expiry.<String, IdempotencyRecord>writing(
                    (key, r) -> positive(Duration.between(r.createdAt(), r.expiresAt()))))
            .build();
  }

  /**
   * A cache bounded to {@code maxEntries} whose upkeep (evicting, expiring, draining its buffers)
   * runs on the thread that writes or reads, not on {@code ForkJoinPool.commonPool()}: a job of 25
   * ms writes a report and a terminal snapshot and so woke a parked pool thread for each, which
   * cost about 0.2 ms of CPU per job (a 30-minute {@code general_report}, 2026-12-06) for a few
   * microseconds of upkeep. Which entries are kept and for how long is unchanged.
   */
  private static Caffeine<Object, Object> bounded(long maxEntries) {
    return Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run);
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  @Override
  public void saveJob(JobSnapshot job) {
    String id = job.jobId();
    if (job.status().isTerminal()) {
      // Into the cache before out of the map, so a reader (map first) always finds the job.
      ended.put(id, job);
      unfinished.remove(id);
      requests.remove(id);
    } else {
      unfinished.put(id, job);
      ended.invalidate(id); // a rerun's snapshot replaces the end of the run before (a lookup)
    }
  }

  @Override
  public Optional<JobSnapshot> job(String jobId) {
    JobSnapshot job = unfinished.get(jobId);
    return Optional.ofNullable(job != null ? job : ended.getIfPresent(jobId));
  }

  @Override
  public JobPage jobs(JobQuery query) {
    // One snapshot per job: a job that ends while this runs may be seen in both places, and its
    // terminal snapshot is the later one.
    Map<String, JobSnapshot> all = new HashMap<>(unfinished);
    all.putAll(ended.asMap());
    return JobListing.page(all.values(), query);
  }

  @Override
  public void saveRequest(String jobId, CreateReportJobRequest request) {
    requests.put(jobId, request);
  }

  @Override
  public Optional<CreateReportJobRequest> request(String jobId) {
    return Optional.ofNullable(requests.get(jobId));
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
  public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
    artifacts.put(new ArtifactKey(reportId, mediaType), bytes.clone());
  }

  @Override
  public Optional<byte[]> artifact(String reportId, String mediaType) {
    return Optional.ofNullable(artifacts.getIfPresent(new ArtifactKey(reportId, mediaType)))
        .map(byte[]::clone);
  }

  @Override
  public void saveIdempotency(IdempotencyRecord record) {
    keys.put(record.key(), record);
  }

  @Override
  public Optional<IdempotencyRecord> idempotency(String key) {
    return Optional.ofNullable(keys.getIfPresent(key));
  }

  /** Runs pending evictions and expirations now (Caffeine does them lazily otherwise). */
  public void cleanUp() {
    ended.cleanUp();
    reports.cleanUp();
    artifacts.cleanUp();
    keys.cleanUp();
  }

  /** A report's document of one media type. */
  private record ArtifactKey(String reportId, String mediaType) {
    ArtifactKey {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(mediaType, "mediaType");
    }
  }

  @Override
  public String toString() {
    return "in-memory store (" + maxEntries + " entries, " + retention + " retention)";
  }
}
