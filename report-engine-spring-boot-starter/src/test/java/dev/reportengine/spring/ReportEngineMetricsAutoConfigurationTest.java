package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.JobStage;
import dev.reportengine.api.spi.EngineObserver;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.micrometer.ReportEngineMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class ReportEngineMetricsAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ReportEngineMetricsAutoConfiguration.class, ReportEngineAutoConfiguration.class))
          .withPropertyValues(
              "report-engine.media-directory=" + ReportEngineAutoConfigurationTest.EXAMPLES,
              "report-engine.pdf-mode=off");

  /** Runs the sales-playbook example to its end on the context's engine. */
  static void runJob(ApplicationContext context) throws Exception {
    ReportEngine engine = context.getBean(ReportEngine.class);
    String request =
        Files.readString(
            ReportEngineAutoConfigurationTest.EXAMPLES.resolve("requests/sales-playbook.json"));
    engine.submit(engine.parseRequest(request)).await(Duration.ofSeconds(60));
  }

  /**
   * Checks that the context has the metrics, runs a job, and returns the context's registry once
   * the job's end is counted in it.
   */
  static MeterRegistry metersAfterAJob(ApplicationContext context) throws Exception {
    assertThat(context.getBeansOfType(ReportEngineMetrics.class)).hasSize(1);
    runJob(context);
    MeterRegistry meters = context.getBean(MeterRegistry.class);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobsEnded(meters, "succeeded") == 1);
    return meters;
  }

  static double jobsEnded(MeterRegistry meters, String status) {
    return meters.find("report.jobs.ended").tag("status", status).counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  static long stageTimers(MeterRegistry meters, JobStage stage) {
    return meters.find("report.stage").tag("stage", stage.wireName()).timers().stream()
        .mapToLong(t -> t.count())
        .sum();
  }

  @Test
  void recordsMetricsOfAJobWhenTheApplicationHasAMeterRegistry() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              MeterRegistry meters = metersAfterAJob(context);
              assertThat(stageTimers(meters, JobStage.BUILD_REPORT)).isEqualTo(1);
              assertThat(meters.get("report.jobs.queued").gauge().value()).isZero();
            });
  }

  @Test
  void recordsMetricsWithActuatorsOwnRegistriesAndOrdering() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ReportEngineAutoConfiguration.class,
                ReportEngineMetricsAutoConfiguration.class,
                ObservationAutoConfiguration.class,
                MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class))
        .withPropertyValues(
            "report-engine.media-directory=" + ReportEngineAutoConfigurationTest.EXAMPLES,
            "report-engine.pdf-mode=off")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              MeterRegistry meters = metersAfterAJob(context);
              assertThat(stageTimers(meters, JobStage.LOAD_MEDIA)).isEqualTo(1);
            });
  }

  @Test
  void sendsStageObservationsToTheApplicationsObservationRegistry() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(ObservationRegistry.class, TestObservationRegistry::create)
        .run(
            context -> {
              runJob(context);
              TestObservationRegistry observations =
                  (TestObservationRegistry) context.getBean(ObservationRegistry.class);
              org.awaitility.Awaitility.await()
                  .atMost(Duration.ofSeconds(30))
                  .untilAsserted(
                      () ->
                          TestObservationRegistryAssert.assertThat(observations)
                              .hasNumberOfObservationsWithNameEqualTo(
                                  "report.stage", JobStage.values().length));
            });
  }

  @Test
  void noMetricsWithoutAMeterRegistry() {
    runner.run(ReportEngineMetricsAutoConfigurationTest::engineWithoutMetrics);
  }

  @Test
  void noMetricsWithoutEngineMicrometer() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(ReportEngineMetrics.class))
        .run(ReportEngineMetricsAutoConfigurationTest::engineWithoutMetrics);
  }

  private static void engineWithoutMetrics(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    assertThat(context).doesNotHaveBean(ReportEngineMetrics.class);
    assertThat(context).hasSingleBean(ReportEngine.class);
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnMetrics() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean("hostMetrics", ReportEngineMetrics.class, () -> ReportEngineMetrics.of(own))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReportEngineMetrics.class);
              runJob(context);
              org.awaitility.Awaitility.await()
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> jobsEnded(own, "succeeded") == 1);
              assertThat(jobsEnded(context.getBean(MeterRegistry.class), "succeeded")).isZero();
            });
  }

  @Test
  void tellsEveryObserverBeanTogetherWithTheMetrics() {
    List<String> ended = new CopyOnWriteArrayList<>();
    EngineObserver host =
        new EngineObserver() {
          @Override
          public void jobEnded(JobEndContext context) {
            ended.add(context.snapshot().status().wireName());
          }
        };
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean("hostObserver", EngineObserver.class, () -> host)
        .run(
            context -> {
              runJob(context);
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              org.awaitility.Awaitility.await()
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> jobsEnded(meters, "succeeded") == 1 && ended.size() == 1);
              assertThat(ended).containsExactly("succeeded");
            });
  }
}
