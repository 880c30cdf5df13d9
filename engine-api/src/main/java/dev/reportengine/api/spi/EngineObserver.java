package dev.reportengine.api.spi;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.Template;
import dev.reportengine.api.WebhookAttempt;
import java.util.Objects;
import java.util.Optional;

/**
 * Told what an engine does, for metrics and tracing: each pipeline stage as it starts and ends,
 * each job as it ends, each webhook attempt. Registered on the engine's builder ({@code
 * observer(...)}); {@code engine-micrometer} has one that records Micrometer meters and
 * observations. Every method is optional.
 *
 * <p>The engine calls it from its own threads (a job's worker for stages, the thread that ended a
 * job, a webhook delivery thread), sometimes under a job's lock: implementations must be
 * thread-safe and must not block. An exception thrown while jobs run is logged and otherwise
 * ignored. No argument is ever null.
 */
public interface EngineObserver {

  /** An observer that observes nothing. */
  EngineObserver NONE = new EngineObserver() {};

  /**
   * Called once, when the engine is built and before any job runs: {@code state} reads the engine's
   * queue and workers at any later time (for gauges). What it throws fails {@code build()}.
   */
  default void attached(EngineState state) {}

  /**
   * A stage of a job starts on its worker; the returned scope is told once when it ends, on the
   * same thread.
   */
  default StageScope stageStarted(StageContext context) {
    return StageScope.NONE;
  }

  /** A job reached a terminal status (succeeded, failed or canceled) on this engine. */
  default void jobEnded(JobEndContext context) {}

  /** One attempt to deliver a job's webhook event was made. */
  default void webhookAttempted(WebhookContext context) {}

  /**
   * A stage that started.
   *
   * @param jobId the job
   * @param template the job's template
   * @param stage the stage
   */
  record StageContext(String jobId, Template template, JobStage stage) {
    /** Requires non-null components. */
    public StageContext {
      Objects.requireNonNull(jobId, "jobId");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(stage, "stage");
    }
  }

  /** The end of one stage. */
  @FunctionalInterface
  interface StageScope {

    /** A scope that does nothing. */
    StageScope NONE = error -> {};

    /**
     * The stage ended.
     *
     * @param error empty when the stage finished its work; else why the job stopped in it (such as
     *     {@link ErrorCode#CANCELED}, {@link ErrorCode#TIMEOUT}, {@link ErrorCode#MEDIA_NOT_FOUND})
     */
    void ended(Optional<ErrorCode> error);
  }

  /**
   * A job that ended.
   *
   * @param snapshot its terminal snapshot (status, and error unless it succeeded)
   * @param template the job's template
   */
  record JobEndContext(JobSnapshot snapshot, Template template) {
    /** Requires non-null components and a terminal snapshot. */
    public JobEndContext {
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(template, "template");
      if (!snapshot.status().isTerminal()) {
        throw new IllegalArgumentException(
            "snapshot of job " + snapshot.jobId() + " is not terminal: " + snapshot.status());
      }
    }
  }

  /**
   * A webhook attempt.
   *
   * @param jobId the job whose event it delivers
   * @param attempt the attempt, with its outcome
   */
  record WebhookContext(String jobId, WebhookAttempt attempt) {
    /** Requires non-null components. */
    public WebhookContext {
      Objects.requireNonNull(jobId, "jobId");
      Objects.requireNonNull(attempt, "attempt");
    }
  }

  /**
   * The engine's load, read live. Thread-safe and cheap: each method reads a counter.
   *
   * <p>Jobs waiting in a shared claim queue (a store implementing {@link JobClaims}) are in the
   * store, not in this engine's queue: there {@link #queuedJobs()} is 0.
   */
  interface EngineState {

    /** Jobs waiting for one of this engine's workers. */
    int queuedJobs();

    /** The bound of the queue: a submit beyond it is refused as overloaded. */
    int maxQueuedJobs();

    /** Jobs running on this engine's workers now. */
    int runningJobs();

    /** How many jobs run at once. */
    int parallelism();

    /**
     * Whether the engine takes and runs jobs: it is not closed and its workers' executor is not
     * shut down.
     */
    boolean accepting();
  }
}
