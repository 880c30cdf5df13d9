package dev.reportengine.api;

import java.util.Locale;

/**
 * Where a job is in its lifecycle: {@code queued → running → succeeded | failed | canceled}. The
 * last three are terminal.
 */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELED;

  /** Whether no further transition can happen. */
  public boolean isTerminal() {
    return switch (this) {
      case QUEUED, RUNNING -> false;
      case SUCCEEDED, FAILED, CANCELED -> true;
    };
  }

  /** The JSON name, such as {@code queued}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
