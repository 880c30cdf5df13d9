package dev.reportengine.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.WebhookSender;
import dev.reportengine.core.EngineLimits;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.WebhookAddressPolicy;
import dev.reportengine.testkit.GatedMediaSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportEngineMetricsTest {

  static final Path ROOT = Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath();
  static final MediaSource EXAMPLES = MediaSources.directory(ROOT.resolve("examples"));

  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final List<ReportEngine> engines = new ArrayList<>();

  @AfterEach
  void close() {
    engines.forEach(e -> e.close(Duration.ZERO));
  }

  private ReportEngine engine(ReportEngineBuilder builder) {
    ReportEngine engine = builder.pdfMode(PdfMode.OFF).build();
    engines.add(engine);
    return engine;
  }

  private static CreateReportJobRequest salesPlaybook(ReportEngine engine) throws Exception {
    return engine.parseRequest(
        Files.readString(ROOT.resolve("examples/requests/sales-playbook.json")));
  }

  private double jobsEnded(String status, String error) {
    return Search.in(meters)
        .name("report.jobs.ended")
        .tags("template", "sales_playbook", "status", status, "error", error)
        .counters()
        .stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private long stages(JobStage stage, String status) {
    return Search.in(meters)
        .name("report.stage")
        .tags("stage", stage.wireName(), "template", "sales_playbook", "status", status)
        .timers()
        .stream()
        .mapToLong(t -> t.count())
        .sum();
  }

  @Test
  void doesTimeEveryStageAndCountTheOutcomeOfASucceededJob() throws Exception {
    ReportEngine engine =
        engine(
            ReportEngine.builder().mediaSource(EXAMPLES).observer(ReportEngineMetrics.of(meters)));

    JobHandle job = engine.submit(salesPlaybook(engine));
    job.await(Duration.ofSeconds(60));

    await().atMost(30, TimeUnit.SECONDS).until(() -> jobsEnded("succeeded", "none") == 1);
    for (JobStage stage : JobStage.values()) {
      assertThat(stages(stage, "success")).as(stage.wireName()).isEqualTo(1);
    }
    assertThat(meters.get("report.jobs.queued").gauge().value()).isZero();
    assertThat(meters.get("report.jobs.running").gauge().value()).isZero();
    assertThat(meters.get("report.jobs.queued.max").gauge().value())
        .isEqualTo(EngineLimits.DEFAULTS.maxQueuedJobs());
  }

  @Test
  void doesCountAFailedJobByItsErrorCodeAndTagTheStageItFailedIn() throws Exception {
    ReportEngine engine =
        engine(
            ReportEngine.builder()
                .mediaSource(MediaSources.inMemory(List.of()))
                .observer(ReportEngineMetrics.of(meters)));

    JobHandle job = engine.submit(salesPlaybook(engine));

    await().atMost(30, TimeUnit.SECONDS).until(() -> jobsEnded("failed", "media_not_found") == 1);
    assertThat(job.snapshot().status()).isEqualTo(JobStatus.FAILED);
    assertThat(stages(JobStage.LOAD_MEDIA, "media_not_found")).isEqualTo(1);
    assertThat(stages(JobStage.RESOLVE_TARGET, "success")).isZero();
    assertThat(jobsEnded("succeeded", "none")).isZero();
  }

  @Test
  void doesGaugeQueuedAndRunningJobsAndCountACancel() throws Exception {
    GatedMediaSource slow = GatedMediaSource.closed(EXAMPLES);
    ReportEngine engine =
        engine(
            ReportEngine.builder()
                .parallelism(1)
                .mediaSource(slow)
                .observer(ReportEngineMetrics.of(meters)));
    CreateReportJobRequest request = salesPlaybook(engine);

    JobHandle first = engine.submit(request);
    assertThat(slow.awaitHeld(1, Duration.ofSeconds(60))).isTrue();
    JobHandle second = engine.submit(request);
    assertThat(meters.get("report.jobs.running").gauge().value()).isEqualTo(1);
    assertThat(meters.get("report.jobs.queued").gauge().value()).isEqualTo(1);

    engine.cancel(first.jobId());
    slow.open();
    second.await(Duration.ofSeconds(60));

    await().atMost(30, TimeUnit.SECONDS).until(() -> jobsEnded("succeeded", "none") == 1);
    assertThat(jobsEnded("canceled", "canceled")).isEqualTo(1);
    assertThat(stages(JobStage.LOAD_MEDIA, "canceled")).isEqualTo(1);
    assertThat(meters.get("report.jobs.queued").gauge().value()).isZero();
  }

  @Test
  void doesMakeObservationsWithTheLowCardinalityKeys() throws Exception {
    TestObservationRegistry observations = TestObservationRegistry.create();
    ReportEngine engine =
        engine(
            ReportEngine.builder()
                .mediaSource(EXAMPLES)
                .observer(new ReportEngineMetrics(meters, observations)));

    engine.submit(salesPlaybook(engine)).await(Duration.ofSeconds(60));

    await()
        .atMost(30, TimeUnit.SECONDS)
        .untilAsserted(
            () ->
                TestObservationRegistryAssert.assertThat(observations)
                    .hasNumberOfObservationsWithNameEqualTo(
                        "report.stage", JobStage.values().length));
    TestObservationRegistryAssert.assertThat(observations)
        .hasObservationWithNameEqualTo("report.stage")
        .that()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("template", "sales_playbook")
        .hasLowCardinalityKeyValue("status", "success");
    for (JobStage stage : JobStage.values()) {
      TestObservationRegistryAssert.assertThat(observations)
          .hasAnObservationWithAKeyValue("stage", stage.wireName());
    }
  }

  @Test
  void doesCountWebhookAttemptsByOutcome() throws Exception {
    ReportEngine engine =
        engine(
            ReportEngine.builder()
                .mediaSource(EXAMPLES)
                .webhookSender(request -> WebhookSender.Response.of(200))
                .webhookAddressPolicy(
                    WebhookAddressPolicy.allowing(WebhookAddressPolicy.Range.LOOPBACK))
                .observer(ReportEngineMetrics.of(meters)));

    engine
        .submit(salesPlaybook(engine).withWebhook(new Webhook("http://127.0.0.1:9/hook", Map.of())))
        .await(Duration.ofSeconds(60));

    await()
        .atMost(30, TimeUnit.SECONDS)
        .until(
            () ->
                Search.in(meters)
                        .name("report.webhook.attempts")
                        .tag("outcome", "delivered")
                        .counter()
                    != null);
    assertThat(meters.get("report.webhook.attempts").tag("outcome", "delivered").counter().count())
        .isEqualTo(1);
  }

  @Test
  void doesRefuseASecondEngine() {
    ReportEngineMetrics metrics = ReportEngineMetrics.of(meters);
    engine(ReportEngine.builder().mediaSource(EXAMPLES).observer(metrics));

    assertThatThrownBy(() -> engine(ReportEngine.builder().mediaSource(EXAMPLES).observer(metrics)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "these ReportEngineMetrics are attached to an engine already; make one per engine");
  }
}
