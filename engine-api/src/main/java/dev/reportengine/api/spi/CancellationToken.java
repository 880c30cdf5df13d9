package dev.reportengine.api.spi;

/**
 * Tells long-running plug-in code that its job should stop: it was canceled or passed its deadline.
 * Poll it between units of work and return early (or throw) when it says so; the engine discards
 * whatever the job produces afterwards. Thread-safe.
 */
@FunctionalInterface
public interface CancellationToken {

  /** A token that never fires, for code run outside a job (tests, direct calls). */
  CancellationToken NONE = () -> false;

  /** Whether the job was canceled or timed out. */
  boolean isCanceled();
}
