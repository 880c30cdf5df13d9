package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.testkit.ManualExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on a PostgreSQL store: real templates, the PDF renderer from engine-pdf, the example
 * transcripts as media, and what it saved read back through other store instances.
 */
class PostgresEngineEndToEndTest {

  private static final Path EXAMPLES =
      Path.of(System.getProperty("reportengine.root", ".."))
          .toAbsolutePath()
          .normalize()
          .resolve("examples");

  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(8);
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @BeforeEach
  void freshSchema() {
    db.dropSchema();
    PostgresMigrations.apply(db.dataSource());
  }

  private static CreateReportJobRequest discoveryCall() {
    return CreateReportJobRequest.of(
        "discovery-call.json", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  @Test
  void doesRunAJobToSucceededAndLeaveTheReportAndPdfReadableFromAnotherStore() {
    Report report;
    String jobId;
    try (ReportEngine engine =
        ReportEngine.builder()
            .parallelism(1)
            .pdfMode(PdfMode.EAGER)
            .store(new PostgresReportStore(db.dataSource()))
            .mediaSource(MediaSources.directory(EXAMPLES))
            .build()) {
      JobHandle handle = engine.submit(discoveryCall());
      jobId = handle.jobId();
      report = handle.await(Duration.ofMinutes(2));
    }

    ReportStore other = new PostgresReportStore(db.dataSource());
    JobSnapshot job = other.job(jobId).orElseThrow();
    assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(job.reportId()).contains(report.id());
    assertThat(other.report(report.id())).contains(report);
    assertThat(report.markdown()).isPresent();
    byte[] pdf = other.artifact(report.id(), "application/pdf").orElseThrow();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(other.jobs(JobQuery.all()).jobs())
        .extracting(JobSnapshot::jobId)
        .containsExactly(jobId);
  }

  @Test
  void doesRunOnStartAJobAnEarlierEngineLeftQueued() {
    ManualExecutor executor = new ManualExecutor();
    ReportEngine first =
        ReportEngine.builder()
            .executor(executor)
            .eventExecutor(Runnable::run)
            .store(new PostgresReportStore(db.dataSource()))
            .mediaSource(MediaSources.directory(EXAMPLES))
            .build();
    String jobId = first.submit(discoveryCall()).jobId();
    first.close(Duration.ZERO);
    ReportStore store = new PostgresReportStore(db.dataSource());
    assertThat(store.job(jobId).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.request(jobId)).contains(discoveryCall());

    try (ReportEngine second =
        ReportEngine.builder()
            .parallelism(1)
            .pdfMode(PdfMode.EAGER)
            .store(new PostgresReportStore(db.dataSource()))
            .mediaSource(MediaSources.directory(EXAMPLES))
            .build()) {
      Report report = second.handle(jobId).orElseThrow().await(Duration.ofMinutes(2));

      assertThat(store.job(jobId).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThat(store.report(report.id())).contains(report);
      assertThat(store.artifact(report.id(), "application/pdf")).isPresent();
    }
  }

  @Test
  void doesHandBackAJobThatAClaimPollInFlightAsTheEngineClosedClaimed() throws Exception {
    ClaimGate gate = new ClaimGate(db.dataSource());
    ReportEngine first =
        ReportEngine.builder()
            .executor(new ManualExecutor())
            .eventExecutor(Runnable::run)
            .store(new PostgresReportStore(gate))
            .mediaSource(MediaSources.directory(EXAMPLES))
            .build();
    String jobId = first.submit(discoveryCall()).jobId();
    assertThat(gate.awaitHeld()).isTrue();
    // The poll's claim commits after the engine's jobs were handed back, unless close waits for it.
    first.close(Duration.ZERO);
    assertThat(gate.awaitClaimDone()).isTrue();

    assertThat(new PostgresReportStore(db.dataSource()).job(jobId).orElseThrow().status())
        .isEqualTo(JobStatus.QUEUED);
  }
}
