package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OverloadedException;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MarkdownRenderer;
import dev.reportengine.core.internal.render.Rendering;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Queues validated requests as jobs and runs them through the {@link Pipeline} on the executor. The
 * queue is bounded, so a full queue refuses at once instead of blocking the caller. Every job that
 * reaches a terminal status passes through {@link #onJobEnded}, whatever ended it (its worker,
 * cancel, a deadline, close).
 */
public final class JobRuntime {

  /** What the runtime runs jobs with. */
  public record Parts(
      ExecutorService executor,
      boolean ownsExecutor,
      int parallelism,
      Executor delivery,
      Optional<ExecutorService> ownedDelivery,
      ScheduledExecutorService scheduler,
      MediaSource mediaSource,
      Map<TargetStrategy, TargetResolver> resolvers,
      Map<Template, ReportTemplate> templates,
      MarkdownRenderer markdown,
      Rendering rendering,
      ReportStore store,
      Clock clock,
      Supplier<String> ids,
      EngineLimits limits,
      TerminalListener terminalListener) {}

  private static final long SWEEP_MILLIS = 100;

  private final Parts parts;
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

  /** A runtime over the given parts; it starts sweeping deadlines on the scheduler. */
  public JobRuntime(Parts parts) {
    this.parts = parts;
    this.pipeline =
        new Pipeline(
            parts.mediaSource(),
            new TargetStage(parts.resolvers()),
            parts.templates(),
            parts.markdown(),
            parts.rendering(),
            parts.store(),
            parts.clock(),
            parts.limits());
    this.estimator = new WaitEstimator(parts.parallelism());
    this.queue = new JobQueue(parts.limits().maxQueuedJobs());
    this.keys =
        new IdempotencyKeys(parts.store(), parts.clock(), parts.limits().idempotencyRetention());
    this.shutdown = new Shutdown(parts, live, queue, deadlines);
    parts
        .scheduler()
        .scheduleWithFixedDelay(
            this::sweepDeadlines, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
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
      Optional<String> key = request.idempotencyKey();
      return key.isPresent()
          ? keys.submit(key.get(), request, this::handle, () -> enqueue(request, timeout))
          : enqueue(request, timeout);
    } finally {
      intake.readLock().unlock();
    }
  }

  private Job enqueue(CreateReportJobRequest request, Optional<Duration> timeout) {
    int ahead = queue.reserve();
    if (ahead < 0) {
      throw overloaded();
    }
    Instant now = parts.clock().instant();
    String jobId = "job_" + parts.ids().get();
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
    parts.terminalListener().jobEnded(terminal, job.request());
  }

  /** Cancels a job: a live one at once, or one a durable store holds unfinished and no one runs. */
  public boolean cancel(String jobId) {
    Job job = live.get(jobId);
    if (job != null) {
      return job.cancel();
    }
    return new StoredJobs(parts.store(), parts.clock()).cancel(jobId);
  }

  /** The handle of a job: live, or rebuilt from the store once ended. */
  public Optional<JobHandle> handle(String jobId) {
    Job job = live.get(jobId);
    if (job != null) {
      return Optional.of(job);
    }
    return parts
        .store()
        .job(jobId)
        .filter(s -> s.status().isTerminal())
        .map(
            s ->
                new FinishedJobHandle(
                    s, s.reportId().flatMap(parts.store()::report), parts.delivery()));
  }

  /** The latest snapshot of a job that has not ended, including its current stage. */
  public Optional<JobSnapshot> liveSnapshot(String jobId) {
    return Optional.ofNullable(live.get(jobId)).map(Job::snapshot);
  }

  /**
   * Queues again every job a durable store holds as queued or running, oldest first (at least once:
   * a job that was running when the last process stopped runs again, and its deterministic report
   * id makes the rerun overwrite, not add). Returns how many were queued.
   */
  public int resume() {
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
    shutdown.run(grace);
  }

  /** Saves snapshots and routes a job's terminal status and cancel to the runtime. */
  private final class Owner implements Job.Owner {
    @Override
    public void persist(JobSnapshot snapshot) {
      if (!shutdown.handedBack()) {
        parts.store().saveJob(snapshot);
      }
    }

    @Override
    public void ended(Job job, JobSnapshot terminal) {
      onJobEnded(job, terminal);
    }

    @Override
    public boolean cancel(Job job) {
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
