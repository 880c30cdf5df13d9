package dev.reportengine.core.internal.job;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.spi.EngineObserver;
import java.util.Optional;

/** Tells the observer the stages of one job run: each start, and each end with its outcome. */
final class StageTrace {

  private final EngineObserver observer;
  private final Job job;
  private EngineObserver.StageScope open;

  StageTrace(EngineObserver observer, Job job) {
    this.observer = observer;
    this.job = job;
  }

  /** The job entered {@code stage}: the stage before it, if any, finished its work. */
  void started(JobStage stage) {
    close(Optional.empty());
    open =
        observer.stageStarted(
            new EngineObserver.StageContext(job.jobId(), job.request().output().template(), stage));
  }

  /**
   * The run is over: a stage still open ends with the job's outcome (its error code, or none when
   * the job succeeded in it). A job canceled or timed out during a stage is seen at the next
   * boundary, so that stage ends with {@code canceled} or {@code timeout}.
   */
  void finished() {
    JobSnapshot snapshot = job.snapshot();
    close(
        snapshot.status() == JobStatus.SUCCEEDED
            ? Optional.empty()
            : Optional.of(snapshot.error().map(JobError::code).orElse(ErrorCode.INTERNAL)));
  }

  private void close(Optional<ErrorCode> error) {
    if (open != null) {
      EngineObserver.StageScope ending = open;
      open = null;
      ending.ended(error);
    }
  }
}
