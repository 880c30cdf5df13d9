package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MarkdownRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Queues validated requests as jobs on an executor and runs them through the {@link Pipeline}. The
 * queue is bounded by a count, so a full queue refuses at once instead of blocking the caller.
 */
public final class JobRuntime {

  /** What the runtime runs jobs with. */
  public record Parts(
      ExecutorService executor,
      boolean ownsExecutor,
      int parallelism,
      MediaSource mediaSource,
      Map<TargetStrategy, TargetResolver> resolvers,
      Map<Template, ReportTemplate> templates,
      MarkdownRenderer markdown,
      ReportStore store,
      Clock clock,
      Supplier<String> ids,
      EngineLimits limits,
      TerminalListener terminalListener) {}

  private final Parts parts;
  private final Pipeline pipeline;
  private final WaitEstimator estimator;
  private final Map<String, Job> live = new ConcurrentHashMap<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean closed;

  /** A runtime over the given parts; it starts no thread of its own. */
  public JobRuntime(Parts parts) {
    this.parts = parts;
    this.pipeline =
        new Pipeline(
            parts.mediaSource(),
            new TargetStage(parts.resolvers()),
            parts.templates(),
            parts.markdown(),
            parts.store(),
            parts.clock(),
            () -> "rep_" + parts.ids().get());
    this.estimator = new WaitEstimator(parts.parallelism());
  }

  /**
   * Queues a job for a request that has passed validation.
   *
   * @throws ReportEngineException with code {@code overloaded} when the queue is full, or {@code
   *     unavailable} when the runtime is closed
   */
  public JobHandle submit(CreateReportJobRequest request) {
    if (closed) {
      throw new ReportEngineException(ErrorCode.UNAVAILABLE, "the engine is closed");
    }
    int ahead = queued.getAndIncrement();
    if (ahead >= parts.limits().maxQueuedJobs()) {
      queued.decrementAndGet();
      throw overloaded();
    }
    String jobId = "job_" + parts.ids().get();
    Job job =
        new Job(
            jobId,
            request,
            parts.clock(),
            parts.limits().jobTimeout(),
            estimator.estimate(ahead, running.get()));
    live.put(jobId, job);
    parts.store().saveJob(job.snapshot());
    try {
      parts.executor().execute(() -> run(job));
    } catch (RejectedExecutionException e) {
      queued.decrementAndGet();
      live.remove(jobId);
      pipeline.abandon(job, new JobError(ErrorCode.OVERLOADED, "the executor refused the job"));
      throw overloaded();
    }
    // The one hook for a job's end (webhooks). Registered once the job is accepted; a job that
    // already ended is replayed its terminal event.
    job.onEvent(
        event -> {
          if (event.status().isTerminal()) {
            parts.terminalListener().jobEnded(job.snapshot(), request);
          }
        });
    return job;
  }

  private ReportEngineException overloaded() {
    return new ReportEngineException(
        ErrorCode.OVERLOADED,
        "the engine's queue is full ("
            + parts.limits().maxQueuedJobs()
            + " jobs waiting); retry after about "
            + Math.max(
                1, (long) Math.ceil(estimator.estimate(queued.get(), running.get()).orElse(1)))
            + " s");
  }

  private void run(Job job) {
    queued.decrementAndGet();
    running.incrementAndGet();
    long started = System.nanoTime();
    try {
      pipeline.run(job);
    } finally {
      running.decrementAndGet();
      estimator.record((System.nanoTime() - started) / 1e9);
      live.remove(job.jobId());
    }
  }

  /** The handle of a job that has not ended yet. */
  public Optional<JobHandle> live(String jobId) {
    return Optional.ofNullable(live.get(jobId));
  }

  /**
   * Stops intake, waits up to {@code grace} for queued and running jobs, then fails the jobs that
   * never started with code {@code unavailable} and stops the executor if the runtime owns it.
   * Idempotent.
   */
  public void close(Duration grace) {
    closed = true;
    List<Job> pending = List.copyOf(live.values());
    CompletableFuture<?>[] all =
        pending.stream()
            .map(j -> j.future().exceptionally(e -> null))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(all).get(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Whatever has not ended within the grace period is handled below.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Job job : live.values()) {
      pipeline.abandon(
          job, new JobError(ErrorCode.UNAVAILABLE, "the engine closed before the job started"));
    }
    if (parts.ownsExecutor()) {
      parts.executor().shutdownNow();
      try {
        parts.executor().awaitTermination(grace.toMillis() + 1000, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
