package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A job's end whose save completes later, on another thread ({@link Job.Owner#persistEnd}), is
 * published by a callback whose failure no caller sees: it is logged.
 */
class JobEndPublishingTest {

  @Test
  @Timeout(30)
  void logsAFailureToPublishAnEndSavedLater() {
    CompletableFuture<Boolean> save = new CompletableFuture<>();
    Job.Owner owner =
        new Job.Owner() {
          @Override
          public void persist(JobSnapshot snapshot) {}

          @Override
          public CompletionStage<Boolean> persistEnd(JobSnapshot terminal) {
            return save;
          }

          @Override
          public void ended(Job job, JobSnapshot terminal) {
            throw new IllegalStateException("the test's terminal path fails");
          }

          @Override
          public boolean cancel(Job job) {
            return false;
          }
        };
    Clock clock = Clock.systemUTC();
    Job job =
        new Job(
            "job_1",
            CreateReportJobRequest.of("media-1", Template.GENERAL_REPORT, TargetSpec.dominant()),
            Instant.now(),
            Instant.now().plusSeconds(60),
            OptionalDouble.empty(),
            clock,
            owner,
            new EventLog(Runnable::run));
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(Job.class.getName());
    logger.addHandler(handler);
    try {
      job.open();
      assertThat(job.end(new JobError(ErrorCode.CANCELED, "canceled by the test"))).isTrue();
      assertThat(job.future()).isNotDone();

      save.complete(true);

      assertThat(job.future()).isCompletedExceptionally();
      assertThat(logged)
          .anySatisfy(
              r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).hasMessage("the test's terminal path fails");
              });
    } finally {
      logger.removeHandler(handler);
    }
  }
}
