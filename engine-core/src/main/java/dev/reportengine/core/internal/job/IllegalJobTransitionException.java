package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.ReportEngineException;

/** A defect: something tried a lifecycle transition the table forbids. */
final class IllegalJobTransitionException extends ReportEngineException {
  private static final long serialVersionUID = 1L;

  IllegalJobTransitionException(String jobId, JobStatus from, JobStatus to) {
    super(
        ErrorCode.INTERNAL,
        "job " + jobId + " cannot go from " + from.wireName() + " to " + to.wireName());
  }
}
