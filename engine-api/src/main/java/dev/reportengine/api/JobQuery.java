package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which jobs to list, newest first ({@code GET /v1/jobs?status=&limit=&cursor=}).
 *
 * <pre>{@code
 * JobPage page = engine.jobs(JobQuery.all().withStatuses(Set.of(JobStatus.FAILED)).withLimit(20));
 * JobPage next = engine.jobs(query.withCursor(page.nextCursor().orElseThrow()));
 * }</pre>
 *
 * @param statuses the statuses to keep; empty for every status
 * @param limit how many jobs a page holds, 1 to {@value #MAX_LIMIT}
 * @param cursor where the page starts: the {@link JobPage#nextCursor()} of the previous page
 */
public record JobQuery(Set<JobStatus> statuses, int limit, Optional<String> cursor) {

  /** The default page size. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page size. */
  public static final int MAX_LIMIT = 1000;

  /** Copies the statuses; requires a limit in 1..{@value #MAX_LIMIT}. */
  public JobQuery {
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(cursor, "cursor");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", got " + limit);
    }
  }

  /** Every job, {@value #DEFAULT_LIMIT} a page, from the newest. */
  public static JobQuery all() {
    return new JobQuery(Set.of(), DEFAULT_LIMIT, Optional.empty());
  }

  /** A copy keeping only these statuses (empty for all). */
  public JobQuery withStatuses(Set<JobStatus> newStatuses) {
    return new JobQuery(newStatuses, limit, cursor);
  }

  /** A copy with another page size. */
  public JobQuery withLimit(int newLimit) {
    return new JobQuery(statuses, newLimit, cursor);
  }

  /** A copy starting after the page that returned {@code newCursor}. */
  public JobQuery withCursor(String newCursor) {
    return new JobQuery(statuses, limit, Optional.of(newCursor));
  }

  /** Whether a job with this status is listed. */
  public boolean matches(JobStatus status) {
    return statuses.isEmpty() || statuses.contains(status);
  }
}
