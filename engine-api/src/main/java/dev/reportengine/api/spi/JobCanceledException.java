package dev.reportengine.api.spi;

/**
 * Thrown by code that stops work because its job was canceled or passed its deadline ({@link
 * CancellationToken#throwIfCanceled()}). It is not a failure: the engine ends the job with the
 * reason it already has ({@code canceled} or {@code timeout}), never with this exception. It
 * carries no stack trace, so stopping costs nothing.
 */
public final class JobCanceledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The job should stop. */
  public JobCanceledException() {
    super("the job was canceled or passed its deadline", null, false, false);
  }
}
