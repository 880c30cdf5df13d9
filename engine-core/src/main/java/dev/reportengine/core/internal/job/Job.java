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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One job's mutable state and its {@link JobHandle}. Every change goes through {@link #apply},
 * which checks the lifecycle table, saves a status change to the store, appends an event and, on a
 * terminal status, hands the job to its owner's terminal path, all under the job's lock so the
 * store and every subscriber see the changes in order.
 */
final class Job implements JobHandle {

  /** What a job reports to the runtime that owns it. */
  interface Owner {
    /** Saves a snapshot whose status changed. */
    void persist(JobSnapshot snapshot);

    /** The job reached a terminal status; called once, under the job's lock. */
    void ended(Job job, JobSnapshot terminal);

    /** Cancels the job on behalf of its handle. */
    boolean cancel(Job job);

    /**
     * Keeps an event in the job's shared history (see {@link
     * dev.reportengine.api.spi.SharedEvents}), before the snapshot that goes with it is saved; must
     * not throw.
     */
    default void history(JobEvent event) {}

    /**
     * The job took a terminal snapshot another engine saved ({@link #adopt}); called once, under
     * the job's lock.
     */
    default void adopted(Job job, JobSnapshot terminal) {
      ended(job, terminal);
    }
  }

  private final String jobId;
  private final CreateReportJobRequest request;
  private final Instant deadline;
  private final Clock clock;
  private final Owner owner;
  private final EventLog events;
  private final CompletableFuture<Report> result = new CompletableFuture<>();
  private JobSnapshot snapshot;

  Job(
      String jobId,
      CreateReportJobRequest request,
      Instant createdAt,
      Instant deadline,
      OptionalDouble waitSec,
      Clock clock,
      Owner owner,
      EventLog events) {
    this.jobId = jobId;
    this.request = request;
    this.deadline = deadline;
    this.clock = clock;
    this.owner = owner;
    this.events = events;
    this.snapshot =
        JobSnapshot.builder()
            .jobId(jobId)
            .status(JobStatus.QUEUED)
            .createdAt(createdAt)
            .estimatedWaitSec(waitSec)
            .build();
  }

  /** Saves and publishes the queued snapshot; called once, before the job is queued. */
  synchronized void open() {
    JobEvent queued = event(snapshot);
    owner.history(queued);
    owner.persist(snapshot);
    events.append(queued);
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

  synchronized boolean hasEnded() {
    return snapshot.status().isTerminal();
  }

  /** Whether the job's work should stop: it ended (canceled, timed out) or its deadline passed. */
  boolean shouldStop() {
    return hasEnded() || clock.instant().isAfter(deadline);
  }

  /** Starts the job unless it already ended; returns whether it did. */
  synchronized boolean startIfQueued() {
    if (snapshot.status() != JobStatus.QUEUED) {
      return false;
    }
    apply(copy(JobStatus.RUNNING, Optional.empty(), 0, Optional.of(clock.instant()), null, null));
    return true;
  }

  /** Enters a stage; returns false when the job has ended meanwhile and must stop. */
  synchronized boolean enter(JobStage stage, double progress) {
    if (hasEnded()) {
      return false;
    }
    apply(copy(snapshot.status(), Optional.of(stage), progress, snapshot.startedAt(), null, null));
    return true;
  }

  /**
   * Stores the report and succeeds, both under the lock so a job canceled meanwhile never gets a
   * report; returns false when the job had already ended.
   */
  synchronized boolean succeed(Report report, Consumer<Report> save) {
    if (hasEnded()) {
      return false;
    }
    save.accept(report);
    try {
      apply(
          copy(JobStatus.SUCCEEDED, snapshot.stage(), 1, snapshot.startedAt(), report.id(), null));
    } finally {
      result.complete(report);
    }
    return true;
  }

  /**
   * Ends the job with an error ({@code canceled} for {@link ErrorCode#CANCELED}, else {@code
   * failed}); returns false when it had already ended.
   */
  synchronized boolean end(JobError error) {
    return end(error, null);
  }

  /**
   * Like {@link #end(JobError)}, keeping what caused the failure (null when none) on the {@link
   * JobFailedException} that a Java caller awaiting the job gets; the API's error says only {@code
   * error}.
   */
  synchronized boolean end(JobError error, Throwable cause) {
    if (hasEnded()) {
      return false;
    }
    JobStatus status = error.code() == ErrorCode.CANCELED ? JobStatus.CANCELED : JobStatus.FAILED;
    try {
      apply(copy(status, snapshot.stage(), snapshot.progress(), snapshot.startedAt(), null, error));
    } finally {
      result.completeExceptionally(new JobFailedException(jobId, error, cause));
    }
    return true;
  }

  /**
   * How many events this handle has published, when someone is subscribed to the ones still to come
   * and the job has not ended here; else empty (nothing to follow live).
   */
  synchronized OptionalInt followedEvents() {
    return !hasEnded() && events.hasSubscribers()
        ? OptionalInt.of(events.size())
        : OptionalInt.empty();
  }

  /**
   * Publishes events another engine saved for this job after the first {@code known} of its history
   * ({@code newer}), up to the first terminal one, if this handle has still published exactly
   * {@code known} events; nothing once the job has ended here.
   */
  synchronized void replayAfter(int known, List<JobEvent> newer) {
    if (hasEnded() || events.size() != known) {
      return;
    }
    for (JobEvent event : newer) {
      if (event.status().isTerminal()) {
        return;
      }
      events.append(event);
    }
  }

  /**
   * Publishes the events another engine saved for this job ({@code saved}, its whole history so
   * far) that this handle has not published: those past the length of its own history, up to the
   * first terminal one. Nothing once the job has ended here.
   */
  synchronized void replay(List<JobEvent> saved) {
    if (hasEnded()) {
      return;
    }
    for (int i = events.size(); i < saved.size() && !saved.get(i).status().isTerminal(); i++) {
      events.append(saved.get(i));
    }
  }

  /**
   * Ends the job with a terminal snapshot another engine ran it to and saved: nothing is saved, the
   * events it saved and this handle missed ({@code saved}, see {@link #replay}) and the terminal
   * event are published, and awaiters complete (with {@code report} when it succeeded). Returns
   * false when the job had already ended here.
   */
  synchronized boolean adopt(JobSnapshot terminal, Optional<Report> report, List<JobEvent> saved) {
    if (hasEnded() || !terminal.status().isTerminal()) {
      return false;
    }
    replay(saved);
    snapshot = terminal;
    try {
      events.append(FinishedJobHandle.terminalEvent(terminal, saved));
      owner.adopted(this, terminal);
    } finally {
      if (terminal.status() == JobStatus.SUCCEEDED && report.isPresent()) {
        result.complete(report.get());
      } else {
        JobError error =
            terminal
                .error()
                .orElse(
                    new JobError(
                        ErrorCode.INTERNAL,
                        "job " + jobId + " ended " + terminal.status() + " on another engine"));
        result.completeExceptionally(new JobFailedException(jobId, error, null));
      }
    }
    return true;
  }

  private JobSnapshot copy(
      JobStatus status,
      Optional<JobStage> stage,
      double progress,
      Optional<Instant> startedAt,
      String reportId,
      JobError error) {
    return snapshot.toBuilder()
        .status(status)
        .stage(stage)
        .progress(progress)
        .startedAt(startedAt)
        .finishedAt(status.isTerminal() ? Optional.of(clock.instant()) : Optional.empty())
        .estimatedWaitSec(
            status == JobStatus.QUEUED ? snapshot.estimatedWaitSec() : OptionalDouble.empty())
        .reportId(Optional.ofNullable(reportId))
        .error(Optional.ofNullable(error))
        .build();
  }

  /**
   * The one mutator. A terminal change takes effect even when saving it fails: its event is
   * published and the owner told before the save's exception is rethrown, so a job never stays
   * ended in its snapshot but unfinished for its awaiters, subscribers and the runtime.
   */
  private void apply(JobSnapshot next) {
    if (next.status() != snapshot.status()) {
      JobTransitions.check(jobId, snapshot.status(), next.status());
    } else if (snapshot.status().isTerminal()) {
      throw new IllegalJobTransitionException(jobId, snapshot.status(), next.status());
    }
    boolean statusChanged = next.status() != snapshot.status();
    snapshot = next;
    JobEvent event = event(next);
    owner.history(event);
    RuntimeException unsaved = null;
    if (statusChanged) {
      try {
        owner.persist(next);
      } catch (RuntimeException e) {
        if (!next.status().isTerminal()) {
          throw e;
        }
        unsaved = e;
      }
    }
    events.append(event);
    if (next.status().isTerminal()) {
      owner.ended(this, next);
    }
    if (unsaved != null) {
      throw unsaved;
    }
  }

  private JobEvent event(JobSnapshot s) {
    return new JobEvent(jobId, s.status(), s.stage(), s.progress(), clock.instant());
  }

  @Override
  public boolean cancel() {
    return owner.cancel(this);
  }

  @Override
  public Flow.Publisher<JobEvent> events() {
    return events;
  }

  @Override
  public void onEvent(Consumer<JobEvent> listener) {
    events.subscribe(new ListenerSubscriber(Objects.requireNonNull(listener, "listener")));
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
