package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A handle on a job that ended before the caller asked for it, rebuilt from the store. Its events
 * are the history the store saved for it, if any, ending with the terminal one.
 */
public final class FinishedJobHandle implements JobHandle {

  private final JobSnapshot snapshot;
  private final Optional<Report> report;
  private final EventLog events;

  /**
   * A handle for a terminal snapshot and, on success, its report if the store still has it; its
   * events, delivered on {@code delivery}, are {@code saved} (the history the store kept, possibly
   * empty) up to its first terminal event, then the terminal event.
   */
  public FinishedJobHandle(
      JobSnapshot snapshot, Optional<Report> report, List<JobEvent> saved, Executor delivery) {
    if (!snapshot.status().isTerminal()) {
      throw new IllegalArgumentException("job " + snapshot.jobId() + " has not ended");
    }
    this.snapshot = snapshot;
    this.report = report;
    this.events = new EventLog(delivery);
    for (JobEvent event : saved) {
      if (event.status().isTerminal()) {
        break;
      }
      events.append(event);
    }
    events.append(terminalEvent(snapshot, saved));
  }

  /**
   * The terminal event of a job: the first terminal event saved in its history when it has the
   * snapshot's status, else one made from the snapshot (at its finish time).
   */
  static JobEvent terminalEvent(JobSnapshot terminal, List<JobEvent> saved) {
    return saved.stream()
        .filter(e -> e.status().isTerminal())
        .findFirst()
        .filter(e -> e.status() == terminal.status())
        .orElseGet(
            () ->
                new JobEvent(
                    terminal.jobId(),
                    terminal.status(),
                    terminal.stage(),
                    terminal.progress(),
                    terminal.finishedAt().orElse(terminal.createdAt())));
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
