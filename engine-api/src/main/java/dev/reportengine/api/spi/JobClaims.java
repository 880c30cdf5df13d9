package dev.reportengine.api.spi;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A claim queue that a {@link ReportStore} may also implement, so that several engines (replicas)
 * on one store run every job once. When the engine's store implements it, the engine does not
 * resume every unfinished job on start; a submitted job is saved as queued (its first snapshot) and
 * not run at once; the engine's workers {@linkplain #claim claim} queued jobs from the store, each
 * under a lease they renew with {@linkplain #heartbeat heartbeats} while the job runs, and stop a
 * job whose lease was lost. A job whose lease expired (its engine died or hung) goes back to the
 * queue ({@link #requeueExpired}) and runs again: once per job unless a lease is lost, at least
 * once if it is; a job whose lease expired too often is {@linkplain #claimAbandoned given up}.
 * Cancel on any engine {@linkplain #requestCancel flags} the job; its owner sees the flag at its
 * next heartbeat (or at claim) and stops it. Lease times are on the store's clock.
 *
 * <p>Owners are opaque names, unique per engine instance.
 */
public interface JobClaims {

  /** A job claimed by one owner: its last saved snapshot and request (null when missing). */
  record ClaimedJob(
      JobSnapshot snapshot,
      @Nullable CreateReportJobRequest request,
      int attempt,
      boolean cancelRequested) {}

  /** What a heartbeat found. */
  enum Lease {
    /** The owner still holds the job; its lease was renewed. */
    HELD,
    /** The owner still holds the job (lease renewed) and someone asked to cancel it. */
    CANCEL_REQUESTED,
    /** The owner no longer holds the job: its lease expired and it was requeued, or it ended. */
    LOST
  }

  /**
   * Atomically claims up to {@code max} queued jobs, highest priority then oldest first, for {@code
   * owner} until {@code lease} from now: they become running, owned by {@code owner}, with their
   * attempt counted. Two concurrent calls never claim one job. A job whose request is missing is
   * claimed too; its {@code request} is then null and the claimer must fail it.
   */
  List<ClaimedJob> claim(String owner, Duration lease, int max);

  /** Claims one queued job by id, like {@link #claim}; empty when it is not queued. */
  Optional<ClaimedJob> claim(String jobId, String owner, Duration lease);

  /**
   * Saves a snapshot of a job {@code owner} holds (running, or its terminal snapshot); false, and
   * nothing saved, when the owner no longer holds it.
   */
  boolean saveClaimed(JobSnapshot snapshot, String owner);

  /**
   * Saves a snapshot of a job {@code owner} holds (running) together with its {@code events} not
   * saved yet, oldest first, after the job's events saved before them (for a store that also keeps
   * {@link SharedEvents}; empty otherwise): both, or nothing (false) when the owner no longer holds
   * the job. The engine holds a claimed job's running snapshot and events and saves them with this
   * call once per poll interval while the job runs, or with its end ({@link #saveEnding}) if it
   * ends first. The default calls {@link SharedEvents#saveClaimedEvents} then {@link
   * #saveClaimed(JobSnapshot, String)}, which is not atomic; a store that can do both in one
   * transaction should override it.
   */
  default boolean saveClaimed(JobSnapshot snapshot, String owner, List<JobEvent> events) {
    if (!events.isEmpty() && this instanceof SharedEvents shared) {
      if (!shared.saveClaimedEvents(events, owner)) {
        return false;
      }
    }
    return saveClaimed(snapshot, owner);
  }

  /**
   * The end of a job, as the owner that ran it saves it with {@link #saveEnding}.
   *
   * @param terminal the job's terminal snapshot
   * @param owner the owner that holds the job's claim
   * @param events the job's events not saved yet, oldest first, ending with its terminal one, for a
   *     store that also keeps {@link SharedEvents}; empty otherwise
   * @param report the report of a job that succeeded (saved as {@link ReportStore#saveReport}
   *     does); empty otherwise
   * @param delivery the webhook delivery the end sends, for a store that is also a {@link
   *     WebhookOutbox}; empty when the job has no webhook or the store keeps no outbox
   */
  record Ending(
      JobSnapshot terminal,
      String owner,
      List<JobEvent> events,
      Optional<Report> report,
      Optional<WebhookOutbox.Delivery> delivery) {

    /**
     * Requires non-null components, a terminal snapshot, and events and a delivery of its job;
     * copies the events.
     */
    public Ending {
      Objects.requireNonNull(terminal, "terminal");
      Objects.requireNonNull(owner, "owner");
      events = List.copyOf(events);
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(delivery, "delivery");
      if (!terminal.status().isTerminal()) {
        throw new IllegalArgumentException(
            "an ending needs a terminal snapshot; job "
                + terminal.jobId()
                + " is "
                + terminal.status().wireName());
      }
      for (JobEvent event : events) {
        if (!event.jobId().equals(terminal.jobId())) {
          throw new IllegalArgumentException(
              "events of job " + terminal.jobId() + " expected; got one of " + event.jobId());
        }
      }
      if (report.isPresent() && !report.get().jobId().equals(Optional.of(terminal.jobId()))) {
        throw new IllegalArgumentException(
            "a report of job " + terminal.jobId() + " expected; got " + report.get().jobId());
      }
      if (delivery.isPresent() && !delivery.get().jobId().equals(terminal.jobId())) {
        throw new IllegalArgumentException(
            "a delivery of job "
                + terminal.jobId()
                + " expected; got one of "
                + delivery.get().jobId());
      }
    }
  }

  /**
   * Saves the end of a job {@code ending.owner()} holds, atomically: its terminal snapshot, its
   * events (see {@link SharedEvents#saveClaimedEvents}), its report and its webhook delivery (see
   * {@link WebhookOutbox#addDelivery}) are all saved, or none; false, and nothing saved, when the
   * owner no longer holds the job. So a job is never seen ended without its delivery in the outbox,
   * nor a delivery added for an end that was not saved: if the owner dies before this call, the job
   * runs again once its lease expires and its webhook is sent for that end.
   */
  boolean saveEnding(Ending ending);

  /**
   * What {@link #saveEndingAndClaim} did.
   *
   * @param saved whether the end was saved (as {@link #saveEnding} returns)
   * @param claimed the jobs claimed, as {@link #claim} returns them
   */
  record EndingAndClaims(boolean saved, List<ClaimedJob> claimed) {

    /** Requires the claimed jobs; copies them. */
    public EndingAndClaims {
      claimed = List.copyOf(claimed);
    }
  }

  /**
   * Saves the end of a job as {@link #saveEnding} does, then claims up to {@code max} queued jobs
   * for the same owner as {@link #claim} does (whether or not the end was saved: the owner that
   * lost one job may still run others): the worker that ended a job takes its next ones without a
   * poll. A store that can do both in one transaction should override it; the default calls {@link
   * #saveEnding}, then {@link #claim} unless {@code max} is 0. Nothing is claimed when saving the
   * end throws.
   */
  default EndingAndClaims saveEndingAndClaim(Ending ending, Duration lease, int max) {
    boolean saved = saveEnding(ending);
    return new EndingAndClaims(saved, max > 0 ? claim(ending.owner(), lease, max) : List.of());
  }

  /** Renews the lease of a job {@code owner} holds; {@link Lease#LOST} when it holds it no more. */
  Lease heartbeat(String jobId, String owner, Duration lease);

  /**
   * A job to queue, as the engine that accepted its submit saves it with {@link #enqueue}.
   *
   * @param queued the job's first snapshot, {@code queued}
   * @param request the request it was submitted with
   * @param event its {@code queued} event, for a store that also keeps {@link SharedEvents}
   * @param maxQueued the queue bound: the job is refused when this many jobs are queued
   */
  record Enqueue(
      JobSnapshot queued, CreateReportJobRequest request, Optional<JobEvent> event, int maxQueued) {

    /** Requires non-null components, a queued snapshot and a bound of at least 1. */
    public Enqueue {
      Objects.requireNonNull(queued, "queued");
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(event, "event");
      if (queued.status() != JobStatus.QUEUED) {
        throw new IllegalArgumentException(
            "job " + queued.jobId() + " must be queued to be enqueued; it is " + queued.status());
      }
      if (maxQueued < 1) {
        throw new IllegalArgumentException("maxQueued must be at least 1, got " + maxQueued);
      }
    }
  }

  /**
   * Saves a submitted job (its request, queued snapshot and queued event) if fewer than {@code
   * maxQueued} jobs are queued, atomically with that count across every engine on the store: of
   * concurrent calls, no more succeed than there is room. All or nothing.
   *
   * @return true when saved; false, and nothing saved, when the queue is at its bound
   */
  boolean enqueue(Enqueue job);

  /**
   * Saves several submitted jobs, in order, as {@link #enqueue} saves each: what {@code
   * ReportEngine.submitAll} queues at once. Returns how many of them, from the first, were saved. A
   * store that can should save them all or none, in one transaction (one WAL flush for the whole
   * batch), under the bound: all when fewer than {@code maxQueued - jobs.size() + 1} jobs are
   * queued (the smallest {@code maxQueued} of the list), none otherwise. The default calls {@link
   * #enqueue} for each in turn and stops at the first one refused, so it may save a first part of
   * the list only; the engine then cancels that part and reports the queue full.
   *
   * @return how many jobs, from the first, were saved: {@code jobs.size()} when all were
   */
  default int enqueueAll(List<Enqueue> jobs) {
    int saved = 0;
    for (Enqueue job : jobs) {
      if (!enqueue(job)) {
        return saved;
      }
      saved++;
    }
    return saved;
  }

  /**
   * Puts back in the queue every running job whose lease has expired, counting the expiry, unless
   * this expiry is its {@code maxExpiries}-th (see {@link #claimAbandoned}); returns how many.
   */
  int requeueExpired(int maxExpiries);

  /**
   * Claims for {@code owner}, until {@code lease} from now, every running job whose lease has
   * expired for the {@code maxExpiries}-th time (counting this one), so that the owner ends it
   * failed instead of running it again. Two concurrent calls never claim one job.
   */
  List<ClaimedJob> claimAbandoned(String owner, Duration lease, int maxExpiries);

  /**
   * Flags a queued or running job for cancel; returns its status after the flag was set ({@code
   * queued} or {@code running}), or empty when the job is unknown or has ended.
   */
  Optional<JobStatus> requestCancel(String jobId);

  /** Hands every running job {@code owner} holds back to the queue (at close); returns how many. */
  int release(String owner);

  /** The terminal snapshots among these jobs' latest ones. */
  List<JobSnapshot> ended(Collection<String> jobIds);

  /**
   * A job that ended, as an engine following it reads it: its terminal snapshot, its report (when
   * it succeeded and the report is in the store) and its saved events, oldest first (empty for a
   * store that keeps no {@link SharedEvents}).
   */
  record EndedJob(JobSnapshot snapshot, Optional<Report> report, List<JobEvent> events) {

    /** Requires non-null components and a terminal snapshot; copies the events. */
    public EndedJob {
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(report, "report");
      events = List.copyOf(events);
      if (!snapshot.status().isTerminal()) {
        throw new IllegalArgumentException(
            "job " + snapshot.jobId() + " has not ended; it is " + snapshot.status().wireName());
      }
    }
  }

  /**
   * The jobs among these that ended, each with its report and events ({@link EndedJob}): what an
   * engine reads to complete the handles of jobs other engines ran. The default reads {@link
   * #ended}, then each report ({@link ReportStore#report}) and each history ({@link
   * SharedEvents#events}) when the store is one; a store that can read them together should
   * override it.
   */
  default List<EndedJob> endedJobs(Collection<String> jobIds) {
    List<EndedJob> out = new ArrayList<>();
    for (JobSnapshot ended : ended(jobIds)) {
      Optional<Report> report =
          this instanceof ReportStore store
              ? ended.reportId().flatMap(store::report)
              : Optional.empty();
      List<JobEvent> events =
          this instanceof SharedEvents shared ? shared.events(ended.jobId()) : List.of();
      out.add(new EndedJob(ended, report, events));
    }
    return out;
  }
}
