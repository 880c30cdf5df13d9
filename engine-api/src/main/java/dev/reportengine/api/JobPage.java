package dev.reportengine.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a job listing, newest first.
 *
 * @param jobs the jobs on this page
 * @param nextCursor where the next page starts; empty on the last page
 */
public record JobPage(List<JobSnapshot> jobs, Optional<String> nextCursor) {

  /** Copies the list. */
  public JobPage {
    jobs = List.copyOf(jobs);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
