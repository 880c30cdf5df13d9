package dev.reportengine.api.spi;

/**
 * Tells long-running plug-in code that its job should stop: it was canceled or passed its deadline.
 * Poll it between units of work (a line, a turn, an utterance) and return early, or call {@link
 * #throwIfCanceled()}; the engine discards whatever the job produces afterwards and frees the
 * worker for the next job. Thread-safe, and cheap enough to poll once per unit of work.
 */
@FunctionalInterface
public interface CancellationToken {

  /** A token that never fires, for code run outside a job (tests, direct calls). */
  CancellationToken NONE = () -> false;

  /** Whether the job was canceled or timed out. */
  boolean isCanceled();

  /**
   * Returns when the job may go on.
   *
   * @throws JobCanceledException when the job was canceled or timed out
   */
  default void throwIfCanceled() {
    if (isCanceled()) {
      throw new JobCanceledException();
    }
  }
}
