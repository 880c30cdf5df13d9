package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Closes a {@link JobRuntime}: stops its queue, waits for running jobs within the grace period,
 * hands unfinished work back to a durable store or fails it, and stops the runtime's own threads.
 * Runs once.
 */
final class Shutdown {

  private static final Duration SCHEDULER_WAIT = Duration.ofSeconds(5);

  private final JobRuntimeConfig parts;
  private final Map<String, Job> live;
  private final JobQueue queue;
  private final DeadlineWatch deadlines;
  private volatile boolean handedBack;
  private boolean done;

  Shutdown(JobRuntimeConfig parts, Map<String, Job> live, JobQueue queue, DeadlineWatch deadlines) {
    this.parts = parts;
    this.live = live;
    this.queue = queue;
    this.deadlines = deadlines;
  }

  /** Whether unfinished jobs were handed back to a durable store: their changes are not saved. */
  boolean handedBack() {
    return handedBack;
  }

  synchronized void run(Duration grace) {
    if (done) {
      return;
    }
    done = true;
    boolean durable = parts.store().isDurable();
    if (durable) {
      for (Job job : queue.drain()) {
        live.remove(job.jobId(), job);
        deadlines.forget(job);
      }
    }
    awaitEnd(List.copyOf(live.values()), grace);
    if (durable) {
      handedBack = true;
    } else {
      for (Job job : List.copyOf(live.values())) {
        boolean started = job.snapshot().status() == JobStatus.RUNNING;
        job.end(
            new JobError(
                ErrorCode.UNAVAILABLE,
                started
                    ? "the engine closed while the job ran"
                    : "the engine closed before the job started"));
      }
    }
    // Waits for a claim poll in flight: a claim it saved after the caller hands this engine's jobs
    // back to the store would leave them running under an owner that is gone until the lease ends.
    stop(parts.scheduler(), SCHEDULER_WAIT, true);
    if (parts.ownsExecutor()) {
      stop(parts.executor(), grace.plusSeconds(1), true);
    }
    parts.ownedDelivery().ifPresent(delivery -> stop(delivery, Duration.ofSeconds(1), false));
  }

  private static void awaitEnd(List<Job> jobs, Duration grace) {
    CompletableFuture<?>[] all =
        jobs.stream()
            .map(j -> j.future().exceptionally(e -> null))
            .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(all).get(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // What has not ended within the grace period is handled by the caller.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops a pool: at once (interrupting), or after letting queued tasks run for {@code wait}. */
  private static void stop(ExecutorService pool, Duration wait, boolean now) {
    if (now) {
      pool.shutdownNow();
    } else {
      pool.shutdown();
    }
    try {
      if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
        pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
