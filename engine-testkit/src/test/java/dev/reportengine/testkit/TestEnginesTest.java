package dev.reportengine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.Block;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Section;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEnginesTest {

  private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(START);
  private ReportEngine engine;

  @BeforeEach
  void open(@TempDir Path media) throws IOException {
    Files.writeString(
        media.resolve("call-1.vtt"),
        """
        WEBVTT

        00:00:00.000 --> 00:00:04.000
        <v Maria>Hello Sam, how is the quarter going?</v>

        00:00:04.500 --> 00:00:06.000
        <v Sam>Busy.</v>
        """);
    engine =
        TestEngines.manual(executor, clock)
            .template(new StepTemplate(() -> clock.advance(Duration.ofSeconds(7))))
            .mediaSource(MediaSources.directory(media))
            .build();
  }

  @AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  private JobHandle submit() {
    return engine.submit(
        CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant()));
  }

  @Test
  void doesRunNothingUntilTheTestRunsTheExecutor() {
    JobHandle job = submit();

    assertThat(job.snapshot().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(executor.pending()).isPositive();

    executor.runAll();

    assertThat(executor.pending()).isZero();
    assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void doesNumberIdsFromOneInSubmissionOrder() {
    JobHandle first = submit();
    JobHandle second = submit();
    executor.runAll();

    assertThat(first.jobId()).isEqualTo("job_1");
    assertThat(second.jobId()).isEqualTo("job_2");
    assertThat(first.snapshot().reportId()).isPresent().get().asString().startsWith("rep_");
  }

  @Test
  void doesTakeEveryTimeFromTheMutableClock() {
    JobHandle job = submit();
    clock.advance(Duration.ofSeconds(3));
    executor.runAll();

    assertThat(job.snapshot().createdAt()).isEqualTo(START);
    assertThat(job.snapshot().startedAt()).contains(START.plusSeconds(3));
    assertThat(job.snapshot().finishedAt()).contains(START.plusSeconds(10));
  }

  @Test
  void doesCallListenersOnTheThreadThatCausedTheEvent() {
    JobHandle job = submit();
    List<JobEvent> events = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    job.onEvent(
        e -> {
          events.add(e);
          threads.add(Thread.currentThread());
        });

    executor.runAll();

    assertThat(events).isNotEmpty();
    assertThat(threads).containsOnly(Thread.currentThread());
  }

  @Test
  void doesRefuseToSetWhatTheHelperAlreadySet() {
    assertThatThrownBy(() -> TestEngines.manual(executor, clock).clock(clock))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void doesRunTasksInOrderAndRefuseNewOnesAfterShutdown() {
    List<Integer> ran = new ArrayList<>();
    ManualExecutor tasks = new ManualExecutor();
    tasks.execute(() -> ran.add(1));
    tasks.execute(() -> tasks.execute(() -> ran.add(3)));
    tasks.execute(() -> ran.add(2));

    tasks.runNext();
    assertThat(ran).containsExactly(1);
    tasks.runAll();
    assertThat(ran).containsExactly(1, 2, 3);

    tasks.execute(() -> ran.add(4));
    tasks.shutdown();
    assertThat(tasks.isTerminated()).isFalse();
    assertThatThrownBy(() -> tasks.execute(() -> ran.add(5)))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    tasks.runAll();
    assertThat(ran).containsExactly(1, 2, 3, 4);
    assertThat(tasks.isTerminated()).isTrue();
  }

  /** A general_report template that runs a step, then returns a one-section report. */
  private record StepTemplate(Runnable step) implements ReportTemplate {

    @Override
    public Template id() {
      return Template.GENERAL_REPORT;
    }

    @Override
    public String title() {
      return "Step report";
    }

    @Override
    public ParameterSpec parameters() {
      return ParameterSpec.none();
    }

    @Override
    public ReportContent build(TemplateContext context) {
      step.run();
      return new ReportContent(
          "About " + context.target().id() + ".",
          List.of(new Section("One", Block.Text.of("Built in a test."))),
          Map.of(),
          JsonValue.JsonObject.builder().build());
    }
  }
}
