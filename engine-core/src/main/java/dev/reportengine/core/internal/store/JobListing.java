package dev.reportengine.core.internal.store;

import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pages job snapshots newest first (by {@code createdAt}, then job id, both descending). A cursor
 * is the position of the last job of a page, base64url-encoded, so paging stays stable while new
 * jobs arrive.
 */
final class JobListing {

  static final Comparator<JobSnapshot> NEWEST_FIRST =
      Comparator.comparing(JobSnapshot::createdAt).thenComparing(JobSnapshot::jobId).reversed();

  private JobListing() {}

  static JobPage page(Collection<JobSnapshot> jobs, JobQuery query) {
    Predicate<JobSnapshot> afterCursor = query.cursor().map(JobListing::after).orElse(j -> true);
    List<JobSnapshot> matching =
        jobs.stream()
            .filter(j -> query.matches(j.status()))
            .filter(afterCursor)
            .sorted(NEWEST_FIRST)
            .limit(query.limit() + 1L)
            .toList();
    if (matching.size() <= query.limit()) {
      return new JobPage(matching, Optional.empty());
    }
    List<JobSnapshot> page = matching.subList(0, query.limit());
    return new JobPage(page, Optional.of(cursor(page.get(page.size() - 1))));
  }

  private static String cursor(JobSnapshot last) {
    String position = last.createdAt() + "|" + last.jobId();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  private static Predicate<JobSnapshot> after(String cursor) {
    String position;
    Instant createdAt;
    try {
      position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      createdAt = Instant.parse(position.substring(0, Math.max(0, position.indexOf('|'))));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "cursor [" + cursor + "] is not one a job page returned; pass nextCursor as it is", e);
    }
    String jobId = position.substring(position.indexOf('|') + 1);
    return j ->
        j.createdAt().isBefore(createdAt)
            || (j.createdAt().equals(createdAt) && j.jobId().compareTo(jobId) < 0);
  }
}
