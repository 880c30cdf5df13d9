package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.api.spi.JobClaims;
import dev.reportengine.api.spi.QueueNotifications;
import dev.reportengine.api.spi.SharedEvents;
import dev.reportengine.api.spi.StoreRetention;
import dev.reportengine.api.spi.WebhookOutbox;
import dev.reportengine.core.ClaimSettings;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Queues validated requests as jobs and runs them through the {@link Pipeline} on the executor. The
 * queue is bounded, so a full queue refuses at once instead of blocking the caller. Every job that
 * reaches a terminal status passes through {@link #onJobEnded}, whatever ended it (its worker,
 * cancel, a deadline, close).
 *
 * <p>When the store implements {@link JobClaims}, the runtime is in claim mode instead: a submitted
 * job is saved queued in the store and followed here; a poll every {@link
 * ClaimSettings#pollInterval()} (and at once after a submit or a finished job) claims as many
 * queued jobs as there are free workers, under a lease renewed every {@link
 * ClaimSettings#heartbeat()}; the owner's saves are fenced by the lease, a lost lease stops the job
 * unsaved, a cancel flag seen at a heartbeat ends it canceled, and expired leases of any engine are
 * requeued. Followed jobs complete from the terminal snapshot another engine saved. A store that
 * also pushes {@link QueueNotifications} wakes the poll when jobs are queued anywhere and renews a
 * lease at once when its job's cancel is requested; one that keeps {@link SharedEvents} gets every
 * event, and one with {@link StoreRetention} is purged every heartbeat. A claimed job's running
 * snapshot and events are held and saved together once per poll interval while it runs ({@code
 * flushRunning}), and a job's end is one {@link JobClaims#saveEnding}: terminal snapshot, the
 * events still held, report and webhook delivery together; so a job that ends within a poll
 * interval costs its enqueue, its share of a claim and its end. A worker whose job ends claims the
 * engine's free slots (its own included) with that end ({@link JobClaims#saveEndingAndClaim}) and
 * starts what it got instead of waking the poll, so with a backlog a job costs its enqueue and its
 * end, the claim of the next job riding on the end.
 */
public final class JobRuntime {

  private static final long SWEEP_MILLIS = 100;

  private final JobRuntimeConfig parts;
  private final Pipeline pipeline;
  private final WaitEstimator estimator;
  private final JobQueue queue;
  private final DeadlineWatch deadlines = new DeadlineWatch();
  private final IdempotencyKeys keys;
  private final Map<String, Job> live = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final Job.Owner owner = new Owner();
  private final Shutdown shutdown;
  private final ReentrantReadWriteLock intake = new ReentrantReadWriteLock();
  private volatile boolean closed;

  // The claim queue: set when the store implements JobClaims, else null and unused.
  private static final System.Logger LOG = System.getLogger(JobRuntime.class.getName());
  private final JobClaims claims;
  private final SharedEvents sharedEvents;
  private final EventBatches eventBatches = new EventBatches();
  private final String claimOwner = "engine-" + UUID.randomUUID();
  private final Map<String, Job> runningHere = new ConcurrentHashMap<>();
  private final Set<String> lost = ConcurrentHashMap.newKeySet();
  private final Set<String> endingWithDelivery = ConcurrentHashMap.newKeySet();
  private final Map<String, JobEvent> queuedEvents = new ConcurrentHashMap<>();
  private final Map<String, Report> heldReports = new ConcurrentHashMap<>();
  private final Map<String, JobSnapshot> heldRunning = new ConcurrentHashMap<>();
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  // The job a worker thread runs (claim mode), and the jobs its end claimed for it to start next.
  private final ThreadLocal<Job> workerJob = new ThreadLocal<>();
  private final ThreadLocal<List<JobClaims.ClaimedJob>> claimedAtEnd = new ThreadLocal<>();
  // Set while submitAll opens its jobs: their enqueues are collected here for one enqueueAll.
  private final ThreadLocal<List<JobClaims.Enqueue>> collecting = new ThreadLocal<>();
  private final AtomicInteger claimedNotStarted = new AtomicInteger();
  private volatile boolean claiming;
  private volatile AutoCloseable listening;
  private volatile long lastEndedCheck = System.nanoTime() - Long.MAX_VALUE / 2;

  /** A runtime over the given parts; it starts sweeping deadlines on the scheduler. */
  public JobRuntime(JobRuntimeConfig parts) {
    this.parts = parts;
    this.pipeline =
        new Pipeline(
            parts.mediaSource(),
            new TargetStage(parts.resolvers()),
            parts.templates(),
            parts.markdown(),
            parts.rendering(),
            parts.store(),
            // Claim mode: a job's report goes with its end (saveEnding), not in a statement of its
            // own.
            parts.store() instanceof JobClaims
                ? report -> heldReports.put(report.jobId().orElseThrow(), report)
                : parts.store()::saveReport,
            parts.clock(),
            parts.limits(),
            parts.observer());
    this.estimator = new WaitEstimator(parts.parallelism());
    this.queue = new JobQueue(parts.limits().maxQueuedJobs());
    this.keys =
        new IdempotencyKeys(parts.store(), parts.clock(), parts.limits().idempotencyRetention());
    this.shutdown = new Shutdown(parts, live, queue, deadlines);
    parts
        .scheduler()
        .scheduleWithFixedDelay(
            this::sweepDeadlines, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    this.claims = parts.store() instanceof JobClaims c ? c : null;
    this.sharedEvents = parts.store() instanceof SharedEvents e ? e : null;
    if (parts.store() instanceof StoreRetention retention) {
      long every = parts.claimSettings().heartbeat().toMillis();
      RetentionSweep sweep = new RetentionSweep(retention);
      parts
          .scheduler()
          .scheduleWithFixedDelay(
              () -> guarded("delete finished jobs past the store's retention", sweep),
              every,
              every,
              TimeUnit.MILLISECONDS);
    }
    if (claims != null) {
      ClaimSettings settings = parts.claimSettings();
      long poll = settings.pollInterval().toMillis();
      long beat = settings.heartbeat().toMillis();
      parts
          .scheduler()
          .scheduleWithFixedDelay(
              () -> guarded("poll the claim queue", this::poll), poll, poll, TimeUnit.MILLISECONDS);
      parts
          .scheduler()
          .scheduleWithFixedDelay(
              () -> guarded("renew leases", this::heartbeats), beat, beat, TimeUnit.MILLISECONDS);
      parts
          .scheduler()
          .scheduleWithFixedDelay(
              () -> guarded("save the state of running jobs", this::flushRunning),
              poll,
              poll,
              TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Queues a job for a request that has passed validation, or returns the original job of its
   * idempotency key.
   *
   * @param timeout the job's deadline from now; empty for the engine's default
   * @throws OverloadedException when the queue is full
   * @throws dev.reportengine.api.IdempotencyConflictException when the key came with another
   *     request
   * @throws ReportEngineException with code {@code unavailable} when the runtime is closed
   */
  public JobHandle submit(CreateReportJobRequest request, Optional<Duration> timeout) {
    // Intake and close exclude each other: a submit that passed the check has its job in the live
    // set before close looks at it, so no job is left queued on a stopped executor.
    intake.readLock().lock();
    try {
      if (closed) {
        throw new ReportEngineException(ErrorCode.UNAVAILABLE, "the engine is closed");
      }
      return submitOpen(request, timeout);
    } finally {
      intake.readLock().unlock();
    }
  }

  private JobHandle submitOpen(CreateReportJobRequest request, Optional<Duration> timeout) {
    Optional<String> key = request.idempotencyKey();
    Function<String, JobHandle> create =
        claims != null
            ? id -> enqueueClaimable(id, request, timeout)
            : id -> enqueue(id, request, timeout);
    return key.isPresent()
        ? keys.submit(key.get(), request, this::newJobId, this::handle, create)
        : create.apply(null);
  }

  /**
   * Queues a job for each request, all of which passed validation; returns their handles in the
   * order of the requests. The requests with an idempotency key go first, one by one, as {@link
   * #submit} takes them (their key decides whether a job is created, which a batch cannot know in
   * advance). Those without a key are then queued together, all or none under the queue bound: in
   * claim mode with one {@link JobClaims#enqueueAll} (on PostgreSQL one transaction and one WAL
   * flush for the batch), otherwise with the places of all of them reserved in the queue first.
   *
   * @throws IllegalArgumentException when more requests without a key are given than the queue
   *     bound, which no retry would change
   * @throws OverloadedException when the queue has no room for every request without a key; none of
   *     them is queued (the keyed ones before stay queued; a retry returns them again)
   */
  public List<JobHandle> submitAll(
      List<CreateReportJobRequest> requests, Optional<Duration> timeout) {
    intake.readLock().lock();
    try {
      if (closed) {
        throw new ReportEngineException(ErrorCode.UNAVAILABLE, "the engine is closed");
      }
      JobHandle[] handles = new JobHandle[requests.size()];
      List<Integer> plain = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        if (requests.get(i).idempotencyKey().isEmpty()) {
          plain.add(i);
        }
      }
      int bound = parts.limits().maxQueuedJobs();
      // Before any keyed request is submitted: a batch that can never fit queues nothing.
      if (plain.size() > bound) {
        throw new IllegalArgumentException(
            "submitAll got "
                + plain.size()
                + " requests without an idempotency key, more than the queue holds ("
                + bound
                + ", EngineLimits.maxQueuedJobs); submit them in batches of at most "
                + bound);
      }
      for (int i = 0; i < requests.size(); i++) {
        if (requests.get(i).idempotencyKey().isPresent()) {
          handles[i] = submitOpen(requests.get(i), timeout);
        }
      }
      if (!plain.isEmpty()) {
        List<CreateReportJobRequest> batch = new ArrayList<>(plain.size());
        for (int i : plain) {
          batch.add(requests.get(i));
        }
        List<Job> jobs =
            claims != null ? enqueueClaimableAll(batch, timeout) : enqueueAll(batch, timeout);
        for (int j = 0; j < plain.size(); j++) {
          handles[plain.get(j)] = jobs.get(j);
        }
      }
      return List.of(handles);
    } finally {
      intake.readLock().unlock();
    }
  }

  /**
   * Claim mode: jobs for the requests, opened here as {@link #enqueueClaimable} opens one, their
   * saves collected ({@code Owner.persist} sees {@link #collecting}) and made with one {@link
   * JobClaims#enqueueAll}. When the store saved none (the queue had no room for all), no job is
   * kept; when it saved a first part only (the SPI's default, one enqueue at a time), that part is
   * canceled, so the caller, who sees the submit fail, finds none of them run.
   */
  private List<Job> enqueueClaimableAll(
      List<CreateReportJobRequest> batch, Optional<Duration> timeout) {
    Instant now = parts.clock().instant();
    Instant deadline = now.plus(timeout.orElse(parts.limits().jobTimeout()));
    List<Job> jobs = new ArrayList<>(batch.size());
    List<JobClaims.Enqueue> saves = new ArrayList<>(batch.size());
    collecting.set(saves);
    try {
      for (int i = 0; i < batch.size(); i++) {
        CreateReportJobRequest request = batch.get(i);
        String jobId = newJobId();
        Job job =
            new Job(
                jobId,
                request,
                // One nanosecond apart: the claim order (by creation time) is the list's order.
                now.plusNanos(i),
                deadline,
                OptionalDouble.empty(),
                parts.clock(),
                owner,
                new EventLog(parts.delivery()));
        live.put(jobId, job);
        jobs.add(job);
        job.open();
      }
    } catch (RuntimeException e) {
      forget(jobs);
      throw e;
    } finally {
      collecting.remove();
    }
    int saved;
    try {
      saved = claims.enqueueAll(saves);
    } catch (RuntimeException e) {
      forget(jobs);
      throw e;
    }
    if (saved < jobs.size()) {
      for (Job job : jobs.subList(0, saved)) {
        guarded("cancel job " + job.jobId() + " of a batch the queue refused", job::cancel);
      }
      forget(jobs.subList(saved, jobs.size()));
      throw sharedQueueFull(parts.limits().maxQueuedJobs());
    }
    wake();
    return jobs;
  }

  /** Drops jobs whose submit failed: they must not be followed, nor their queued events kept. */
  private void forget(List<Job> jobs) {
    for (Job job : jobs) {
      live.remove(job.jobId(), job);
      queuedEvents.remove(job.jobId());
    }
  }

  /**
   * Jobs for the requests, on this engine's own queue: places for all of them are reserved at once
   * (none queued when the queue lacks room for one), then each is queued as {@link #enqueue} queues
   * one. If one fails (its store save), the places left are given back and the jobs queued before
   * it are canceled.
   */
  private List<Job> enqueueAll(List<CreateReportJobRequest> batch, Optional<Duration> timeout) {
    int ahead = queue.reserve(batch.size());
    if (ahead < 0) {
      throw overloaded();
    }
    List<Job> jobs = new ArrayList<>(batch.size());
    int next = 0;
    try {
      for (; next < batch.size(); next++) {
        jobs.add(enqueueReserved(null, batch.get(next), timeout, ahead + next));
      }
    } catch (RuntimeException e) {
      // enqueueReserved gave back the failed job's place; the ones after it were never used.
      for (int left = next + 1; left < batch.size(); left++) {
        queue.release();
      }
      for (Job job : jobs) {
        job.cancel();
      }
      throw e;
    }
    return jobs;
  }

  /**
   * Claim mode: saves the job as queued in the store, where any engine may claim it, and keeps its
   * handle here as a follower until this engine claims it or sees it ended elsewhere. Its open
   * saves request, queued event and snapshot with one {@link JobClaims#enqueue}, under the shared
   * queue bound (in {@code Owner.persist}); a full queue makes it throw {@link
   * OverloadedException}.
   */
  private Job enqueueClaimable(
      String reservedId, CreateReportJobRequest request, Optional<Duration> timeout) {
    Instant now = parts.clock().instant();
    String jobId = reservedId != null ? reservedId : newJobId();
    Job job =
        new Job(
            jobId,
            request,
            now,
            now.plus(timeout.orElse(parts.limits().jobTimeout())),
            OptionalDouble.empty(),
            parts.clock(),
            owner,
            new EventLog(parts.delivery()));
    live.put(jobId, job);
    try {
      job.open();
    } catch (RuntimeException e) {
      live.remove(jobId, job);
      queuedEvents.remove(jobId);
      throw e;
    }
    wake();
    return job;
  }

  private String newJobId() {
    return "job_" + parts.ids().get();
  }

  /** Polls the claim queue soon, once, instead of at the next poll interval. */
  private void wake() {
    if (claiming && wakeQueued.compareAndSet(false, true)) {
      try {
        parts
            .scheduler()
            .execute(
                () -> {
                  wakeQueued.set(false);
                  guarded("poll the claim queue", this::poll);
                });
      } catch (RejectedExecutionException e) {
        wakeQueued.set(false);
      }
    }
  }

  private void guarded(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * One poll: completes followed jobs that other engines ended (at most once per poll interval:
   * that check reads every followed job, so a wake-up poll after each finished job skips it), then
   * claims as many queued jobs as this engine has free workers.
   */
  private void poll() {
    if (closed) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastEndedCheck >= parts.claimSettings().pollInterval().toNanos()) {
      lastEndedCheck = now;
      completeEndedElsewhere();
    }
    if (!claiming) {
      return;
    }
    int free = free();
    while (free > 0 && !closed) {
      List<JobClaims.ClaimedJob> got =
          claims.claim(claimOwner, parts.claimSettings().lease(), free);
      for (JobClaims.ClaimedJob claimed : got) {
        start(claimed);
      }
      if (got.size() < free) {
        return;
      }
      free = free();
    }
  }

  private void completeEndedElsewhere() {
    List<String> followed = new ArrayList<>();
    for (String id : live.keySet()) {
      if (!runningHere.containsKey(id)) {
        followed.add(id);
      }
    }
    for (int from = 0; from < followed.size(); from += 1000) {
      for (JobClaims.EndedJob ended :
          claims.endedJobs(followed.subList(from, Math.min(followed.size(), from + 1000)))) {
        String jobId = ended.snapshot().jobId();
        Job job = live.get(jobId);
        if (job != null && !runningHere.containsKey(jobId)) {
          job.adopt(ended.snapshot(), ended.report(), ended.events());
        }
      }
    }
    if (sharedEvents != null) {
      streamFollowedEvents();
    }
  }

  /**
   * Publishes the events saved since the last poll for the followed jobs someone subscribed to
   * (jobs that run on other engines, whose owners save their events once per poll interval): one
   * read for all of them ({@link SharedEvents#eventsAfter}), none when no one is subscribed.
   */
  private void streamFollowedEvents() {
    Map<String, Integer> known = new HashMap<>();
    Map<String, Job> jobs = new HashMap<>();
    for (Map.Entry<String, Job> entry : live.entrySet()) {
      if (!runningHere.containsKey(entry.getKey())) {
        entry
            .getValue()
            .followedEvents()
            .ifPresent(
                count -> {
                  known.put(entry.getKey(), count);
                  jobs.put(entry.getKey(), entry.getValue());
                });
      }
    }
    if (known.isEmpty()) {
      return;
    }
    sharedEvents
        .eventsAfter(known)
        .forEach((jobId, newer) -> jobs.get(jobId).replayAfter(known.get(jobId), newer));
  }

  /**
   * Saves, for every job running here, its running snapshot and the events held since the last
   * flush, one statement per job ({@link JobClaims#saveClaimed(JobSnapshot, String, List)}): a job
   * that ends before a flush saves them with its end instead, so a short job costs no statement of
   * its own between its claim and its end. Under the job's lock, so a flush and the job's end never
   * interleave. A job whose claim was lost stops at its next heartbeat; a failed save is kept for
   * the next flush.
   */
  private void flushRunning() {
    for (Job job : List.copyOf(runningHere.values())) {
      String jobId = job.jobId();
      synchronized (job) {
        if (job.hasEnded() || lost.contains(jobId) || shutdown.handedBack()) {
          continue;
        }
        JobSnapshot running = heldRunning.remove(jobId);
        List<JobEvent> events = eventBatches.flush(jobId);
        try {
          boolean held;
          if (running != null) {
            held = claims.saveClaimed(running, claimOwner, events);
          } else {
            held = events.isEmpty() || sharedEvents.saveClaimedEvents(events, claimOwner);
          }
          if (!held) {
            lost.add(jobId);
          }
        } catch (RuntimeException e) {
          if (running != null) {
            heldRunning.putIfAbsent(jobId, running);
          }
          eventBatches.restore(jobId, events);
          LOG.log(
              Level.WARNING,
              "cannot save the state of running job " + jobId + ": " + e.getMessage(),
              e);
        }
      }
    }
  }

  /** Runs a job this engine has claimed: on its follower when it was submitted here. */
  private Job adoptClaimed(JobClaims.ClaimedJob claimed) {
    String jobId = claimed.snapshot().jobId();
    lost.remove(jobId);
    // No job lock is taken inside compute: a job ending holds its lock while it leaves the map.
    Job job = live.compute(jobId, (id, here) -> here != null ? here : claimedJob(claimed));
    if (job.hasEnded()) {
      // A follower that ended here (lease lost) as the job was claimed again: run a fresh one.
      job = claimedJob(claimed);
      live.put(jobId, job);
    }
    runningHere.put(jobId, job);
    deadlines.watch(job);
    return job;
  }

  private Job claimedJob(JobClaims.ClaimedJob claimed) {
    return new Job(
        claimed.snapshot().jobId(),
        claimed.request(),
        claimed.snapshot().createdAt(),
        parts.clock().instant().plus(parts.limits().jobTimeout()),
        OptionalDouble.empty(),
        parts.clock(),
        owner,
        new EventLog(parts.delivery()));
  }

  private void start(JobClaims.ClaimedJob claimed) {
    if (claimed.request() == null) {
      JobError error =
          new JobError(
              ErrorCode.INTERNAL,
              "the request of job "
                  + claimed.snapshot().jobId()
                  + " is not in the store; it cannot run");
      claims.saveClaimed(StoredJobs.ended(claimed.snapshot(), error, parts.clock()), claimOwner);
      return;
    }
    Job job = adoptClaimed(claimed);
    if (claimed.cancelRequested()) {
      endCanceled(job);
      return;
    }
    try {
      parts.executor().execute(() -> runClaimed(job));
    } catch (RejectedExecutionException e) {
      // Not run here (the engine is closing): no heartbeat renews its lease, so it expires and
      // the job is queued again for another engine.
      runningHere.remove(job.jobId(), job);
      deadlines.forget(job);
    }
  }

  private void runClaimed(Job job) {
    running.incrementAndGet();
    workerJob.set(job);
    try {
      if (!pipeline.run(job)) {
        // It had ended here before it started (a follower that was ending as it was claimed):
        // nothing runs it here, so its lease is left to expire and it is queued again.
        runningHere.remove(job.jobId(), job);
        deadlines.forget(job);
      } else {
        JobSnapshot end = job.snapshot();
        if (end.startedAt().isPresent() && end.finishedAt().isPresent()) {
          estimator.record(
              Duration.between(end.startedAt().get(), end.finishedAt().get()).toNanos() / 1e9);
        }
      }
    } finally {
      running.decrementAndGet();
      workerJob.remove();
      List<JobClaims.ClaimedJob> next = claimedAtEnd.get();
      claimedAtEnd.remove();
      if (next == null) {
        wake();
      } else {
        // The job's end claimed the next ones (saveEndingAndClaim): no poll needed. Fewer than
        // asked means the queue was empty then; a job queued since wakes the poll (notification).
        // A start that throws (the store failed) leaves the rest to their leases, as a failed
        // poll does; none of them may keep counting as about to start, or the engine would claim
        // fewer jobs from then on.
        int left = next.size();
        try {
          for (JobClaims.ClaimedJob claimed : next) {
            start(claimed);
            left--;
            claimedNotStarted.decrementAndGet();
          }
        } finally {
          claimedNotStarted.addAndGet(-left);
        }
      }
    }
  }

  /**
   * Renews the lease of every job running here: a job whose lease was lost stops (its outcome is
   * not saved: another engine runs it again), one flagged for cancel ends canceled. Then requeues
   * the jobs whose lease expired, whoever held them.
   */
  private void heartbeats() {
    // Also while closing: jobs finishing within the grace period keep their leases.
    for (Job job : List.copyOf(runningHere.values())) {
      beat(job);
    }
    int maxExpiries = parts.claimSettings().maxLeaseExpiries();
    for (JobClaims.ClaimedJob abandoned :
        claims.claimAbandoned(claimOwner, parts.claimSettings().lease(), maxExpiries)) {
      giveUp(abandoned, maxExpiries);
    }
    int requeued = claims.requeueExpired(maxExpiries);
    if (requeued > 0) {
      LOG.log(Level.INFO, requeued + " jobs whose lease expired were queued again");
    }
  }

  /**
   * Fails a job this engine claimed because its lease expired for the last allowed time: its
   * terminal snapshot (and event) saved under the claim, and its webhook sent, like any job ending.
   */
  private void giveUp(JobClaims.ClaimedJob abandoned, int maxExpiries) {
    String jobId = abandoned.snapshot().jobId();
    JobSnapshot failed =
        StoredJobs.ended(
            abandoned.snapshot(),
            new JobError(
                ErrorCode.INTERNAL,
                "job "
                    + jobId
                    + " was given up: its lease expired "
                    + maxExpiries
                    + " times (ClaimSettings.maxLeaseExpiries), each time because the engine"
                    + " running it stopped renewing it (it died, hung or lost the database)"),
            parts.clock());
    List<JobEvent> events =
        sharedEvents != null
            ? List.of(FinishedJobHandle.terminalEvent(failed, List.of()))
            : List.of();
    boolean saved;
    boolean withDelivery;
    try {
      saved =
          abandoned.request() == null
              ? claims.saveEnding(
                  new JobClaims.Ending(
                      failed, claimOwner, events, Optional.empty(), Optional.empty()))
              : saveEnding(failed, events, Optional.empty(), abandoned.request());
    } finally {
      withDelivery = endingWithDelivery.remove(jobId);
    }
    if (saved && withDelivery) {
      parts.terminalListener().deliverySaved(failed);
    } else if (saved && abandoned.request() != null) {
      parts.terminalListener().jobEnded(failed, abandoned.request());
    }
    LOG.log(Level.WARNING, failed.error().orElseThrow().message());
  }

  /**
   * Saves the end of a job this engine holds with {@link JobClaims#saveEnding}: its terminal
   * snapshot, its held events, its report and the webhook delivery the terminal listener makes for
   * it, if the store keeps an outbox, in one transaction. A job whose end carried a delivery is
   * marked, so that its end tells the listener {@code deliverySaved} rather than {@code jobEnded}:
   * whether the save succeeded, failed or found the lease lost, the delivery is never added on its
   * own (a job whose end was not saved runs again, and its next end sends it).
   */
  private boolean saveEnding(
      JobSnapshot terminal,
      List<JobEvent> events,
      Optional<Report> report,
      CreateReportJobRequest request) {
    return saveEnding(terminal, events, report, request, 0);
  }

  /**
   * Like {@link #saveEnding(JobSnapshot, List, Optional, CreateReportJobRequest)}; with {@code
   * claimNext} above 0 (the job's own worker ending it), the same call also claims up to that many
   * queued jobs ({@link JobClaims#saveEndingAndClaim}), kept for the worker to start once the job
   * has ended ({@code runClaimed}) instead of polling.
   */
  private boolean saveEnding(
      JobSnapshot terminal,
      List<JobEvent> events,
      Optional<Report> report,
      CreateReportJobRequest request,
      int claimNext) {
    Optional<WebhookOutbox.Delivery> delivery =
        parts.terminalListener().delivery(terminal, request);
    if (delivery.isPresent()) {
      endingWithDelivery.add(terminal.jobId());
    }
    JobClaims.Ending ending = new JobClaims.Ending(terminal, claimOwner, events, report, delivery);
    if (claimNext <= 0) {
      return claims.saveEnding(ending);
    }
    JobClaims.EndingAndClaims done =
        claims.saveEndingAndClaim(ending, parts.claimSettings().lease(), claimNext);
    claimedNotStarted.addAndGet(done.claimed().size());
    claimedAtEnd.set(done.claimed());
    return done.saved();
  }

  /**
   * How many jobs this engine may claim when the calling worker's job has ended: its free workers,
   * the caller's included (its job still counts as running here); 0 when closed or not claiming.
   */
  private int freeAfter() {
    if (closed || !claiming) {
      return 0;
    }
    return Math.max(0, parts.parallelism() - runningHere.size() + 1 - claimedNotStarted.get());
  }

  /** Workers not running a job here nor about to start one a job's end claimed. */
  private int free() {
    return parts.parallelism() - runningHere.size() - claimedNotStarted.get();
  }

  /** Renews one job's lease: stops it when the lease was lost, cancels it when asked to. */
  private void beat(Job job) {
    if (job.hasEnded()) {
      return;
    }
    JobClaims.Lease lease =
        lost.contains(job.jobId())
            ? JobClaims.Lease.LOST
            : claims.heartbeat(job.jobId(), claimOwner, parts.claimSettings().lease());
    switch (lease) {
      case CANCEL_REQUESTED -> endCanceled(job);
      case LOST -> {
        lost.add(job.jobId());
        job.end(
            new JobError(
                ErrorCode.UNAVAILABLE,
                "this engine lost the lease of job "
                    + job.jobId()
                    + "; it runs again on an engine that claims it"));
      }
      case HELD -> {}
    }
  }

  /**
   * A store notification: queued jobs wake the claim poll; a cancel of a job running here renews
   * its lease at once, which sees the cancel flag.
   */
  private void notified(QueueNotifications.Notification notification) {
    switch (notification.kind()) {
      case QUEUED -> wake();
      case CANCEL_REQUESTED -> {
        Job job = notification.jobId().map(runningHere::get).orElse(null);
        if (job != null) {
          try {
            parts.scheduler().execute(() -> guarded("renew a lease", () -> beat(job)));
          } catch (RejectedExecutionException e) {
            // Closing: the job is handed back.
          }
        }
      }
    }
  }

  private Job enqueue(
      String reservedId, CreateReportJobRequest request, Optional<Duration> timeout) {
    int ahead = queue.reserve();
    if (ahead < 0) {
      throw overloaded();
    }
    return enqueueReserved(reservedId, request, timeout, ahead);
  }

  /**
   * Queues a job in a place reserved for it, {@code ahead} jobs before it; gives it back on
   * failure.
   */
  private Job enqueueReserved(
      String reservedId, CreateReportJobRequest request, Optional<Duration> timeout, int ahead) {
    Instant now = parts.clock().instant();
    String jobId = reservedId != null ? reservedId : newJobId();
    Job job = null;
    try {
      parts.store().saveRequest(jobId, request);
      job =
          newJob(
              jobId,
              request,
              now,
              now.plus(timeout.orElse(parts.limits().jobTimeout())),
              estimator.estimate(ahead, running.get()));
      job.open();
    } catch (RuntimeException e) {
      if (job != null) {
        // The caller sees the submit fail, so the job must not live on (nor time out later).
        live.remove(jobId, job);
        deadlines.forget(job);
      }
      queue.release();
      throw e;
    }
    queue.add(job);
    try {
      parts.executor().execute(this::work);
    } catch (RejectedExecutionException e) {
      job.end(new JobError(ErrorCode.OVERLOADED, "the executor refused the job"));
      throw overloaded();
    }
    return job;
  }

  private Job newJob(
      String jobId,
      CreateReportJobRequest request,
      Instant createdAt,
      Instant deadline,
      OptionalDouble wait) {
    Job job =
        new Job(
            jobId,
            request,
            createdAt,
            deadline,
            wait,
            parts.clock(),
            owner,
            new EventLog(parts.delivery()));
    live.put(jobId, job);
    deadlines.watch(job);
    return job;
  }

  private OverloadedException overloaded() {
    long retryAfter =
        Math.max(1, (long) Math.ceil(estimator.estimate(queue.size(), running.get()).orElse(1)));
    return new OverloadedException(
        "the engine's queue is full ("
            + parts.limits().maxQueuedJobs()
            + " jobs waiting); retry after about "
            + retryAfter
            + " s",
        retryAfter);
  }

  /**
   * Claim mode: the store's queue holds {@code bound} jobs ({@link JobClaims#enqueue} counts and
   * saves atomically across engines).
   */
  private OverloadedException sharedQueueFull(int bound) {
    long retryAfter =
        Math.max(1, (long) Math.ceil(estimator.estimate(bound, running.get()).orElse(1)));
    return new OverloadedException(
        "the shared queue is full ("
            + bound
            + " jobs queued in the store, EngineLimits.maxQueuedJobs); retry after about "
            + retryAfter
            + " s",
        retryAfter);
  }

  /** One worker turn: runs the oldest queued job, if any is left. */
  private void work() {
    if (closed && parts.store().isDurable()) {
      return;
    }
    Optional<Job> next = queue.poll();
    if (next.isEmpty()) {
      return;
    }
    running.incrementAndGet();
    try {
      Job job = next.get();
      if (pipeline.run(job)) {
        JobSnapshot end = job.snapshot();
        if (end.startedAt().isPresent() && end.finishedAt().isPresent()) {
          estimator.record(
              Duration.between(end.startedAt().get(), end.finishedAt().get()).toNanos() / 1e9);
        }
      }
    } finally {
      running.decrementAndGet();
    }
  }

  /**
   * Ends every job past its deadline. A failure ending one job (its terminal snapshot could not be
   * saved; the job has still ended in memory) must neither skip the other expired jobs nor escape:
   * an exception thrown by a periodic task cancels all its later runs, which would stop every later
   * deadline.
   */
  private void sweepDeadlines() {
    for (Job job : deadlines.expired(parts.clock().instant())) {
      try {
        job.end(Pipeline.timeout(job));
      } catch (RuntimeException e) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, e);
      }
    }
  }

  /**
   * The one place a job's terminal status is handled, whatever ended it: the job leaves the live
   * set, the queue and the deadline watch, and the terminal listener (webhooks) is told. Called
   * once per job, under the job's lock, after its terminal snapshot was saved.
   */
  private void onJobEnded(Job job, JobSnapshot terminal) {
    live.remove(terminal.jobId(), job);
    deadlines.forget(job);
    queue.remove(job);
    boolean wasLost = false;
    boolean withDelivery = false;
    if (claims != null) {
      runningHere.remove(terminal.jobId(), job);
      eventBatches.forget(terminal.jobId());
      heldReports.remove(terminal.jobId());
      heldRunning.remove(terminal.jobId());
      wasLost = lost.remove(terminal.jobId());
      withDelivery = endingWithDelivery.remove(terminal.jobId());
    }
    if (!wasLost) {
      if (withDelivery) {
        parts.terminalListener().deliverySaved(terminal);
      } else {
        parts.terminalListener().jobEnded(terminal, job.request());
      }
      parts
          .observer()
          .jobEnded(new EngineObserver.JobEndContext(terminal, job.request().output().template()));
    }
  }

  /** A follower took the terminal snapshot of the engine that ran it, which told the listener. */
  private void onJobAdopted(Job job, JobSnapshot terminal) {
    live.remove(terminal.jobId(), job);
    deadlines.forget(job);
  }

  /** Cancels a job: a live one at once, or one a durable store holds unfinished and no one runs. */
  public boolean cancel(String jobId) {
    if (claims != null) {
      return cancelClaimable(jobId);
    }
    Job job = live.get(jobId);
    if (job != null) {
      return job.cancel();
    }
    return new StoredJobs(parts.store(), parts.clock()).cancel(jobId);
  }

  /**
   * Claim mode: a job running here ends at once; otherwise the store flags it, and a queued job is
   * claimed here and ended canceled, a running one is stopped by its owner at its next heartbeat.
   */
  private boolean cancelClaimable(String jobId) {
    Job here = runningHere.get(jobId);
    if (here != null) {
      return endCanceled(here);
    }
    Optional<JobStatus> flagged = claims.requestCancel(jobId);
    if (flagged.isEmpty()) {
      return false;
    }
    if (flagged.get() == JobStatus.QUEUED) {
      // The owner that claims it first (this engine, or another) sees the flag and cancels it.
      claims
          .claim(jobId, claimOwner, parts.claimSettings().lease())
          .ifPresent(
              c -> {
                if (c.request() == null) {
                  start(c);
                } else {
                  endCanceled(adoptClaimed(c));
                }
              });
    }
    return true;
  }

  private boolean endCanceled(Job job) {
    boolean queued = job.snapshot().status() == JobStatus.QUEUED;
    return job.end(
        new JobError(
            ErrorCode.CANCELED,
            "job "
                + job.jobId()
                + (queued
                    ? " was canceled before it started"
                    : " was canceled while running; its worker stops at the next stage")));
  }

  /** The handle of a job: live, or rebuilt from the store once ended. */
  public Optional<JobHandle> handle(String jobId) {
    Job job = live.get(jobId);
    if (job != null) {
      return Optional.of(job);
    }
    if (claims != null) {
      Optional<JobHandle> followed = follow(jobId);
      if (followed.isPresent()) {
        return followed;
      }
    }
    return parts
        .store()
        .job(jobId)
        .filter(s -> s.status().isTerminal())
        .map(
            s ->
                new FinishedJobHandle(
                    s,
                    s.reportId().flatMap(parts.store()::report),
                    savedEvents(jobId),
                    parts.delivery()));
  }

  /** The history the store saved for a job; empty when it keeps none or cannot be read. */
  private List<JobEvent> savedEvents(String jobId) {
    if (sharedEvents == null) {
      return List.of();
    }
    try {
      return sharedEvents.events(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot read the events of job " + jobId + ": " + e.getMessage(), e);
      return List.of();
    }
  }

  /**
   * Claim mode: a handle for a job the store holds unfinished, which completes when the engine that
   * runs it ends it (seen at this engine's polls), or when this engine claims and runs it.
   */
  private Optional<JobHandle> follow(String jobId) {
    Optional<JobSnapshot> stored = parts.store().job(jobId).filter(s -> !s.status().isTerminal());
    if (stored.isEmpty() || closed) {
      return Optional.empty();
    }
    Optional<CreateReportJobRequest> request = parts.store().request(jobId);
    if (request.isEmpty()) {
      return Optional.empty();
    }
    Job job =
        live.computeIfAbsent(
            jobId,
            id ->
                new Job(
                    id,
                    request.get(),
                    stored.get().createdAt(),
                    parts.clock().instant().plus(parts.limits().jobTimeout()),
                    OptionalDouble.empty(),
                    parts.clock(),
                    owner,
                    new EventLog(parts.delivery())));
    job.replay(savedEvents(jobId));
    return Optional.of(job);
  }

  /** The latest snapshot of a job that has not ended, including its current stage. */
  public Optional<JobSnapshot> liveSnapshot(String jobId) {
    if (claims != null && !runningHere.containsKey(jobId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(live.get(jobId)).map(Job::snapshot);
  }

  /**
   * Queues again every job a durable store holds as queued or running, oldest first (at least once:
   * a job that was running when the last process stopped runs again, and its deterministic report
   * id makes the rerun overwrite, not add). Returns how many were queued.
   */
  public int resume() {
    if (claims != null) {
      // Claim mode: no blanket resume; queued jobs are claimed, expired leases requeued.
      claiming = true;
      if (parts.store() instanceof QueueNotifications notifications) {
        try {
          listening = notifications.listen(this::notified);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "cannot listen to the store's queue; polling only", e);
        }
      }
      wake();
      return 0;
    }
    Instant now = parts.clock().instant();
    int count = 0;
    for (StoredJobs.Unfinished found : new StoredJobs(parts.store(), parts.clock()).unfinished()) {
      keys.adopt(found.snapshot().jobId(), found.request(), found.snapshot().createdAt());
      Job job =
          newJob(
              found.snapshot().jobId(),
              found.request(),
              found.snapshot().createdAt(),
              now.plus(parts.limits().jobTimeout()),
              OptionalDouble.empty());
      job.open();
      queue.restore(job);
      parts.executor().execute(this::work);
      count++;
    }
    return count;
  }

  /** The runtime's queue and workers, read live. */
  public EngineObserver.EngineState state() {
    return new EngineObserver.EngineState() {
      @Override
      public int queuedJobs() {
        return queue.size();
      }

      @Override
      public int maxQueuedJobs() {
        return parts.limits().maxQueuedJobs();
      }

      @Override
      public int runningJobs() {
        return running.get();
      }

      @Override
      public int parallelism() {
        return parts.parallelism();
      }

      @Override
      public boolean accepting() {
        return !closed && !parts.executor().isShutdown();
      }
    };
  }

  /** Where events are delivered; for handles built outside the runtime. */
  public Executor delivery() {
    return parts.delivery();
  }

  /**
   * Stops intake and lets running jobs finish within {@code grace}. With a durable store, queued
   * jobs stay queued in the store for the next start, and jobs still running after the grace period
   * are handed back (their later outcome is not saved; they run again on the next start). With
   * another store, queued jobs may also run within the grace period, and what has not ended after
   * it fails with code {@code unavailable}. Then the runtime's own threads stop. Idempotent.
   */
  public void close(Duration grace) {
    intake.writeLock().lock();
    try {
      closed = true;
    } finally {
      intake.writeLock().unlock();
    }
    AutoCloseable listener = listening;
    if (listener != null) {
      try {
        listener.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "cannot stop listening to the store's queue", e);
      }
    }
    if (claims != null) {
      // Followers stay queued (or running) in the store for the engines that claim them.
      live.keySet().removeIf(id -> !runningHere.containsKey(id));
    }
    shutdown.run(grace);
    if (claims != null) {
      try {
        int released = claims.release(claimOwner);
        if (released > 0) {
          LOG.log(Level.INFO, released + " unfinished jobs were handed back to the claim queue");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot hand jobs back to the claim queue; their leases expire", e);
      }
    }
  }

  /** Saves snapshots and routes a job's terminal status and cancel to the runtime. */
  private final class Owner implements Job.Owner {
    @Override
    public void persist(JobSnapshot snapshot) {
      if (shutdown.handedBack()) {
        return;
      }
      Job here = claims != null ? runningHere.get(snapshot.jobId()) : null;
      if (here != null) {
        // Fenced: saved only while this engine holds the job's lease. The running snapshot is held
        // for the next flush (flushRunning); an end goes with its held events, report and webhook
        // delivery in one transaction (saveEnding), and replaces a running snapshot not flushed.
        if (!snapshot.status().isTerminal()) {
          heldRunning.put(snapshot.jobId(), snapshot);
        } else {
          heldRunning.remove(snapshot.jobId());
          if (!lost.contains(snapshot.jobId())
              && !saveEnding(
                  snapshot,
                  eventBatches.ending(snapshot.jobId()),
                  Optional.ofNullable(heldReports.remove(snapshot.jobId())),
                  here.request(),
                  workerJob.get() == here ? freeAfter() : 0)) {
            lost.add(snapshot.jobId());
          }
        }
        return;
      }
      Job submitted = claims != null ? live.get(snapshot.jobId()) : null;
      if (submitted != null && snapshot.status() == JobStatus.QUEUED) {
        // A submit here: request, queued event and snapshot in one enqueue, under the bound.
        int bound = parts.limits().maxQueuedJobs();
        Optional<JobEvent> event = Optional.ofNullable(queuedEvents.remove(snapshot.jobId()));
        JobClaims.Enqueue enqueue =
            new JobClaims.Enqueue(snapshot, submitted.request(), event, bound);
        List<JobClaims.Enqueue> batch = collecting.get();
        if (batch != null) {
          batch.add(enqueue); // submitAll saves the batch with one enqueueAll.
          return;
        }
        if (!claims.enqueue(enqueue)) {
          throw sharedQueueFull(bound);
        }
        return;
      }
      parts.store().saveJob(snapshot);
    }

    /**
     * Saves an event in the store's shared history: for a job running here, held for the next flush
     * or its end (both fenced by the claim); the queued event of a job submitted here is held for
     * its enqueue; never throws.
     */
    @Override
    public void history(JobEvent event) {
      if (sharedEvents == null || shutdown.handedBack()) {
        return;
      }
      String jobId = event.jobId();
      try {
        if (claims == null) {
          sharedEvents.saveEvent(event);
        } else if (runningHere.containsKey(jobId)) {
          eventBatches.add(event);
        } else if (event.status() == JobStatus.QUEUED) {
          queuedEvents.put(jobId, event); // Saved with the snapshot by persist (enqueue).
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "cannot save an event of job " + jobId + "; other engines miss it: " + e.getMessage(),
            e);
      }
    }

    @Override
    public void adopted(Job job, JobSnapshot terminal) {
      onJobAdopted(job, terminal);
    }

    @Override
    public void ended(Job job, JobSnapshot terminal) {
      onJobEnded(job, terminal);
    }

    @Override
    public boolean cancel(Job job) {
      if (claims != null) {
        return cancelClaimable(job.jobId());
      }
      boolean queued = job.snapshot().status() == JobStatus.QUEUED;
      return job.end(
          new JobError(
              ErrorCode.CANCELED,
              "job "
                  + job.jobId()
                  + (queued
                      ? " was canceled before it started"
                      : " was canceled while running; its worker stops at the next stage")));
    }
  }
}
