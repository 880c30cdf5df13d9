package dev.reportengine.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
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
   * Asks the job to stop. A queued job is removed from the queue at once and ends {@code canceled}
   * without running; a running job ends {@code canceled} now and its worker stops at the next stage
   * boundary (a template can poll {@link dev.reportengine.api.spi.TemplateContext#isCanceled()}).
   *
   * @return true if this call canceled the job; false if it had already ended
   */
  boolean cancel();

  /**
   * The job's events (status, stage and progress changes) as a reactive stream. Each subscriber
   * gets the whole history first, so a late subscriber misses nothing, then every new event, in
   * order, once each, the terminal event last followed by {@code onComplete}. Demand ({@code
   * request(n)}) is honoured: events wait in the job's history until the subscriber asks for them.
   * Signals are delivered on the engine's event threads, never on a job worker, so a slow
   * subscriber delays only itself.
   */
  Flow.Publisher<JobEvent> events();

  /**
   * Registers a listener for the job's events: a subscriber to {@link #events()} with unbounded
   * demand. Events that already happened are replayed first, in order; each event is delivered
   * once, the terminal one last. Listeners run on the engine's event threads, never on a job
   * worker; an exception thrown by a listener is ignored.
   */
  void onEvent(Consumer<JobEvent> listener);
}
