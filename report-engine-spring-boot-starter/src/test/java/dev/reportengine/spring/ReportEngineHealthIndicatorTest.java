package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import dev.reportengine.testkit.GatedMediaSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReportEngineHealthIndicatorTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ReportEngineAutoConfiguration.class, ReportEngineHealthAutoConfiguration.class))
          .withPropertyValues(
              "report-engine.media-directory=" + ReportEngineAutoConfigurationTest.EXAMPLES,
              "report-engine.max-queued-jobs=7",
              "report-engine.pdf-mode=off");

  @Test
  void upWithTheEnginesLoadAndStore() {
    runner.run(
        context -> {
          Health health =
              context.getBean("reportEngineHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails())
              .containsEntry("accepting", true)
              .containsEntry("queuedJobs", 0)
              .containsEntry("maxQueuedJobs", 7)
              .containsEntry("runningJobs", 0)
              .containsEntry("store", "reachable")
              .containsKey("parallelism");
        });
  }

  @Test
  void downOnceTheEngineIsClosed() {
    runner.run(
        context -> {
          context.getBean(ReportEngine.class).close();
          Health health = context.getBean(ReportEngineHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("accepting", false);
        });
  }

  @Test
  void downWhenTheStoreFails() {
    ReportStore failing = spy(ReportStores.inMemory());
    doThrow(new IllegalStateException("connection refused"))
        .when(failing)
        .jobs(any(JobQuery.class));
    runner
        .withBean(ReportStore.class, () -> failing)
        .run(
            context -> {
              Health health = context.getBean(ReportEngineHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails())
                  .containsEntry("store", "unreachable")
                  .containsEntry("error", "java.lang.IllegalStateException: connection refused");
            });
  }

  @Test
  void outOfServiceWhileTheQueueIsFull() throws Exception {
    GatedMediaSource slow =
        GatedMediaSource.closed(MediaSources.directory(ReportEngineAutoConfigurationTest.EXAMPLES));
    runner
        .withBean(MediaSource.class, () -> slow)
        .withPropertyValues("report-engine.parallelism=1", "report-engine.max-queued-jobs=1")
        .run(
            context -> {
              ReportEngine engine = context.getBean(ReportEngine.class);
              CreateReportJobRequest request =
                  CreateReportJobRequest.of(
                      "discovery-call", Template.GENERAL_REPORT, TargetSpec.dominant());
              engine.submit(request);
              assertThat(slow.awaitHeld(1, Duration.ofSeconds(60))).isTrue();
              engine.submit(request);
              try {
                Health health = context.getBean(ReportEngineHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                assertThat(health.getDetails())
                    .containsEntry("queuedJobs", 1)
                    .containsEntry("runningJobs", 1);
              } finally {
                slow.open();
              }
            });
  }

  @Test
  void absentWithoutSpringBootHealth() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ReportEngineHealthIndicator.class);
            });
  }

  @Test
  void absentWhenDisabled() {
    runner
        .withPropertyValues("management.health.report-engine.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ReportEngineHealthIndicator.class));
  }

  @Test
  void absentWithoutAnEngine() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ReportEngineHealthAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ReportEngineHealthIndicator.class));
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwn() {
    HealthIndicator own = () -> Health.up().withDetail("own", true).build();
    runner
        .withBean("reportEngineHealthIndicator", HealthIndicator.class, () -> own)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(ReportEngineHealthIndicator.class);
              assertThat(context.getBean("reportEngineHealthIndicator")).isSameAs(own);
            });
  }
}
