package dev.reportengine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JobSnapshot#builder()} and {@link JobSnapshot#toBuilder()}. */
class JobSnapshotTest {

  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
  private static final Instant STARTED = CREATED.plusSeconds(2);

  private static JobSnapshot.Builder queued() {
    return JobSnapshot.builder().jobId("job_1").status(JobStatus.QUEUED).createdAt(CREATED);
  }

  @Test
  void doesStartAtProgressZeroWithEveryOptionalEmpty() {
    assertThat(queued().build())
        .isEqualTo(
            new JobSnapshot(
                "job_1",
                JobStatus.QUEUED,
                Optional.empty(),
                0,
                CREATED,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void doesSetEachComponentByName() {
    JobSnapshot failed =
        JobSnapshot.builder()
            .jobId("job_1")
            .status(JobStatus.FAILED)
            .stage(JobStage.BUILD_REPORT)
            .progress(0.5)
            .createdAt(CREATED)
            .startedAt(STARTED)
            .finishedAt(STARTED.plusSeconds(1))
            .estimatedWaitSec(3.5)
            .reportId("rep_1")
            .error(new JobError(ErrorCode.INTERNAL, "boom"))
            .build();

    assertThat(failed)
        .isEqualTo(
            new JobSnapshot(
                "job_1",
                JobStatus.FAILED,
                Optional.of(JobStage.BUILD_REPORT),
                0.5,
                CREATED,
                Optional.of(STARTED),
                Optional.of(STARTED.plusSeconds(1)),
                OptionalDouble.of(3.5),
                Optional.of("rep_1"),
                Optional.of(new JobError(ErrorCode.INTERNAL, "boom"))));
  }

  @Test
  void doesCopyEveryComponentAndChangeOnlyTheCopyThroughToBuilder() {
    JobSnapshot waiting = queued().estimatedWaitSec(4).build();

    JobSnapshot running =
        waiting.toBuilder()
            .status(JobStatus.RUNNING)
            .startedAt(STARTED)
            .estimatedWaitSec(OptionalDouble.empty())
            .build();

    assertThat(waiting.toBuilder().build()).isEqualTo(waiting);
    assertThat(running.estimatedWaitSec()).isEmpty();
    assertThat(running.startedAt()).contains(STARTED);
    assertThat(waiting.status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void doesNameEveryMissingRequiredComponent() {
    assertThatThrownBy(() -> JobSnapshot.builder().status(JobStatus.QUEUED).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a job snapshot needs jobId, status and createdAt; missing: [jobId, createdAt]");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
  void doesRejectAProgressOutsideZeroToOne(double progress) {
    assertThatThrownBy(() -> queued().progress(progress).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress must be in 0..1, got " + progress);
  }
}
