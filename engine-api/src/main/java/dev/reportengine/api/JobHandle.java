package dev.reportengine.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A submitted job, as seen by the code that submitted it. Thread-safe.
 *
 * <pre>{@code
 * JobHandle job = engine.submit(request);
 * Report report = job.await(Duration.ofSeconds(30));
 * }</pre>
 */
public interface JobHandle {

  /** The job's id. */
  String jobId();

  /** The job as it is now. */
  JobSnapshot snapshot();

  /**
   * Waits up to {@code timeout} for the job to end and returns its report.
   *
   * @throws JobFailedException if the job failed or was canceled; it carries the job's error
   * @throws java.util.concurrent.TimeoutException wrapped in a {@link ReportEngineException} with
   *     code {@link ErrorCode#TIMEOUT} if the job is still running when the wait ends (the job goes
   *     on)
   */
  Report await(Duration timeout);

  /**
   * A future completed with the report on success, or exceptionally with a {@link
   * JobFailedException} on failure. Completing or canceling the returned future does not affect the
   * job.
   */
  CompletableFuture<Report> future();

  /**
   * Registers a listener for the job's events. Events that already happened are replayed first, in
   * order, so a late listener sees the whole history; each event is delivered once, the terminal
   * one last. Listeners run on the thread that makes the change and must return quickly; an
   * exception thrown by a listener is ignored.
   */
  void onEvent(Consumer<JobEvent> listener);
}
