package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.spi.ReportStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Jobs a store holds that no worker of this process runs: found at start, or canceled offline. */
final class StoredJobs {

  private static final System.Logger LOG = System.getLogger(StoredJobs.class.getName());

  /** A job found unfinished, with the request to run it again. */
  record Unfinished(JobSnapshot snapshot, CreateReportJobRequest request) {}

  private final ReportStore store;
  private final Clock clock;

  StoredJobs(ReportStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Every queued or running job, oldest first. One whose request is missing or cannot be read (a
   * bad file) cannot run again; it is saved as failed with code {@code internal}, saying why, and
   * left out.
   */
  List<Unfinished> unfinished() {
    List<JobSnapshot> found = new ArrayList<>();
    JobQuery query =
        JobQuery.all()
            .withStatuses(Set.of(JobStatus.QUEUED, JobStatus.RUNNING))
            .withLimit(JobQuery.MAX_LIMIT);
    JobPage page = store.jobs(query);
    found.addAll(page.jobs());
    while (page.nextCursor().isPresent()) {
      page = store.jobs(query.withCursor(page.nextCursor().get()));
      found.addAll(page.jobs());
    }
    found.sort(Comparator.comparing(JobSnapshot::createdAt).thenComparing(JobSnapshot::jobId));
    List<Unfinished> out = new ArrayList<>();
    for (JobSnapshot snapshot : found) {
      Optional<CreateReportJobRequest> request;
      try {
        request = store.request(snapshot.jobId());
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "job " + snapshot.jobId() + " cannot run again: its request cannot be read",
            e);
        end(
            snapshot,
            new JobError(
                ErrorCode.INTERNAL,
                "the request of job "
                    + snapshot.jobId()
                    + " cannot be read from the store ("
                    + (e instanceof ReportEngineException ? e.getMessage() : e.getClass().getName())
                    + "); it cannot rerun"));
        continue;
      }
      if (request.isPresent()) {
        out.add(new Unfinished(snapshot, request.get()));
      } else {
        end(
            snapshot,
            new JobError(
                ErrorCode.INTERNAL,
                "the request of job "
                    + snapshot.jobId()
                    + " is not in the store; it cannot rerun"));
      }
    }
    return out;
  }

  /** Cancels a job the store holds unfinished; false when it is unknown or has ended. */
  boolean cancel(String jobId) {
    Optional<JobSnapshot> stored = store.job(jobId).filter(s -> !s.status().isTerminal());
    stored.ifPresent(
        s ->
            end(
                s,
                new JobError(
                    ErrorCode.CANCELED, "job " + jobId + " was canceled while no engine ran it")));
    return stored.isPresent();
  }

  private void end(JobSnapshot s, JobError error) {
    store.saveJob(ended(s, error, clock));
  }

  /** The terminal snapshot that ends {@code s} with {@code error} now. */
  static JobSnapshot ended(JobSnapshot s, JobError error, Clock clock) {
    JobStatus status = error.code() == ErrorCode.CANCELED ? JobStatus.CANCELED : JobStatus.FAILED;
    JobTransitions.check(s.jobId(), s.status(), status);
    return s.toBuilder()
        .status(status)
        .finishedAt(clock.instant())
        .estimatedWaitSec(OptionalDouble.empty())
        .reportId(Optional.empty())
        .error(error)
        .build();
  }
}
