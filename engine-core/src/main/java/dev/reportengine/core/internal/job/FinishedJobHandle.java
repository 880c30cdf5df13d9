package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A handle on a job that ended before the caller asked for it, rebuilt from the store. Its only
 * event is the terminal one.
 */
public final class FinishedJobHandle implements JobHandle {

  private final JobSnapshot snapshot;
  private final Optional<Report> report;
  private final EventLog events;

  /**
   * A handle for a terminal snapshot and, on success, its report if the store still has it; its
   * event is delivered on {@code delivery}.
   */
  public FinishedJobHandle(JobSnapshot snapshot, Optional<Report> report, Executor delivery) {
    if (!snapshot.status().isTerminal()) {
      throw new IllegalArgumentException("job " + snapshot.jobId() + " has not ended");
    }
    this.snapshot = snapshot;
    this.report = report;
    this.events = new EventLog(delivery);
    events.append(
        new JobEvent(
            snapshot.jobId(),
            snapshot.status(),
            snapshot.stage(),
            snapshot.progress(),
            snapshot.finishedAt().orElse(snapshot.createdAt())));
  }

  @Override
  public String jobId() {
    return snapshot.jobId();
  }

  @Override
  public JobSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public Report await(Duration timeout) {
    return report.orElseThrow(() -> new JobFailedException(jobId(), error()));
  }

  @Override
  public CompletableFuture<Report> future() {
    return report
        .map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(new JobFailedException(jobId(), error())));
  }

  private JobError error() {
    return snapshot
        .error()
        .orElseGet(
            () ->
                new JobError(
                    ErrorCode.NOT_FOUND,
                    "the report of job " + jobId() + " is no longer in the store"));
  }

  @Override
  public boolean cancel() {
    return false;
  }

  @Override
  public Flow.Publisher<JobEvent> events() {
    return events;
  }

  @Override
  public void onEvent(Consumer<JobEvent> listener) {
    events.subscribe(new ListenerSubscriber(Objects.requireNonNull(listener, "listener")));
  }
}
