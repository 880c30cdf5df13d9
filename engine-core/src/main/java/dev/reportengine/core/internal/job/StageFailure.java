package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.ReportEngineException;

/** Ends a job's pipeline with an error code and a message for the job's snapshot. */
final class StageFailure extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  StageFailure(ErrorCode code, String message) {
    super(code, message);
  }

  StageFailure(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
