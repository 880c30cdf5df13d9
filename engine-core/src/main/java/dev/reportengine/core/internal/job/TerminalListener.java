package dev.reportengine.core.internal.job;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.spi.WebhookOutbox;
import java.util.Optional;

/**
 * Told once when a job reaches a terminal status (succeeded, failed or canceled), on the thread
 * that ended it and under the job's lock: it must hand work off at once and never block.
 */
@FunctionalInterface
public interface TerminalListener {

  /** A listener that does nothing. */
  TerminalListener NONE = (snapshot, request) -> {};

  /**
   * The job ended.
   *
   * @param snapshot the terminal snapshot
   * @param request the request the job was submitted with
   */
  void jobEnded(JobSnapshot snapshot, CreateReportJobRequest request);

  /**
   * The outbox delivery a job's end sends, for the runtime to save atomically with the terminal
   * snapshot ({@link dev.reportengine.api.spi.JobClaims#saveEnding}); empty when the job has no
   * webhook or the listener keeps no outbox. When the runtime takes it, it calls {@link
   * #deliverySaved} instead of {@link #jobEnded} for that end.
   */
  default Optional<WebhookOutbox.Delivery> delivery(
      JobSnapshot terminal, CreateReportJobRequest request) {
    return Optional.empty();
  }

  /**
   * The job ended and its delivery (from {@link #delivery}) went to the store with its terminal
   * snapshot, or neither was saved; nothing is to be added. Same threading rules as {@link
   * #jobEnded}.
   */
  default void deliverySaved(JobSnapshot terminal) {}
}
