package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobFailedException;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One job's mutable state and its {@link JobHandle}. Every change goes through {@link #apply},
 * which checks the lifecycle table, records an event and tells listeners, all under the job's lock
 * so each listener sees events in order, once each.
 */
final class Job implements JobHandle {

  private final String jobId;
  private final CreateReportJobRequest request;
  private final Instant deadline;
  private final Clock clock;
  private final CompletableFuture<Report> result = new CompletableFuture<>();
  private final List<JobEvent> history = new ArrayList<>();
  private final List<Consumer<JobEvent>> listeners = new ArrayList<>();
  private JobSnapshot snapshot;

  Job(
      String jobId,
      CreateReportJobRequest request,
      Clock clock,
      Duration timeout,
      OptionalDouble waitSec) {
    this.jobId = jobId;
    this.request = request;
    this.clock = clock;
    Instant now = clock.instant();
    this.deadline = now.plus(timeout);
    this.snapshot =
        new JobSnapshot(
            jobId,
            JobStatus.QUEUED,
            Optional.empty(),
            0,
            now,
            Optional.empty(),
            Optional.empty(),
            waitSec,
            Optional.empty(),
            Optional.empty());
    history.add(event(snapshot));
  }

  CreateReportJobRequest request() {
    return request;
  }

  Instant deadline() {
    return deadline;
  }

  @Override
  public String jobId() {
    return jobId;
  }

  @Override
  public synchronized JobSnapshot snapshot() {
    return snapshot;
  }

  /** Starts the job unless it already ended (abandoned at shutdown); returns the new snapshot. */
  synchronized Optional<JobSnapshot> startIfQueued() {
    if (snapshot.status() != JobStatus.QUEUED) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return Optional.of(
        apply(
            new JobSnapshot(
                jobId,
                JobStatus.RUNNING,
                Optional.empty(),
                0,
                snapshot.createdAt(),
                Optional.of(now),
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty())));
  }

  /** Fails the job if it has not started yet; returns the new snapshot. */
  synchronized Optional<JobSnapshot> failIfQueued(JobError error) {
    return snapshot.status() == JobStatus.QUEUED ? Optional.of(fail(error)) : Optional.empty();
  }

  synchronized JobSnapshot enter(JobStage stage, double progress) {
    return apply(
        new JobSnapshot(
            jobId,
            snapshot.status(),
            Optional.of(stage),
            progress,
            snapshot.createdAt(),
            snapshot.startedAt(),
            Optional.empty(),
            OptionalDouble.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  synchronized JobSnapshot succeed(Report report) {
    JobSnapshot done =
        apply(
            new JobSnapshot(
                jobId,
                JobStatus.SUCCEEDED,
                snapshot.stage(),
                1,
                snapshot.createdAt(),
                snapshot.startedAt(),
                Optional.of(clock.instant()),
                OptionalDouble.empty(),
                Optional.of(report.id()),
                Optional.empty()));
    result.complete(report);
    return done;
  }

  synchronized JobSnapshot fail(JobError error) {
    JobStatus status = error.code() == ErrorCode.CANCELED ? JobStatus.CANCELED : JobStatus.FAILED;
    JobSnapshot done =
        apply(
            new JobSnapshot(
                jobId,
                status,
                snapshot.stage(),
                snapshot.progress(),
                snapshot.createdAt(),
                snapshot.startedAt(),
                Optional.of(clock.instant()),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.of(error)));
    result.completeExceptionally(new JobFailedException(jobId, error));
    return done;
  }

  private JobSnapshot apply(JobSnapshot next) {
    if (next.status() != snapshot.status()) {
      JobTransitions.check(jobId, snapshot.status(), next.status());
    } else if (snapshot.status().isTerminal()) {
      throw new IllegalJobTransitionException(jobId, snapshot.status(), next.status());
    }
    snapshot = next;
    JobEvent event = event(next);
    history.add(event);
    for (Consumer<JobEvent> listener : listeners) {
      deliver(listener, event);
    }
    return next;
  }

  private JobEvent event(JobSnapshot s) {
    return new JobEvent(jobId, s.status(), s.stage(), s.progress(), clock.instant());
  }

  @Override
  public synchronized void onEvent(Consumer<JobEvent> listener) {
    java.util.Objects.requireNonNull(listener, "listener");
    history.forEach(e -> deliver(listener, e));
    if (!snapshot.status().isTerminal()) {
      listeners.add(listener);
    }
  }

  private static void deliver(Consumer<JobEvent> listener, JobEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException ignored) {
      // A listener's failure must not break the job or other listeners (documented on JobHandle).
    }
  }

  @Override
  public Report await(Duration timeout) {
    try {
      return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw (JobFailedException) e.getCause();
    } catch (TimeoutException e) {
      throw new ReportEngineException(
          ErrorCode.TIMEOUT,
          "job " + jobId + " did not end within " + timeout + "; it is " + snapshot().status(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportEngineException(
          ErrorCode.INTERNAL, "interrupted while waiting for job " + jobId, e);
    }
  }

  @Override
  public CompletableFuture<Report> future() {
    return result.copy();
  }
}
