package dev.reportengine.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The root of every exception the engine throws on purpose. Each carries a stable code. */
public class ReportEngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** An exception with a code and a message that names the subject and the offending value. */
  public ReportEngineException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** An exception with a code, a message and a cause (null when there is none to give). */
  public ReportEngineException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable error code. */
  public ErrorCode code() {
    return code;
  }
}
