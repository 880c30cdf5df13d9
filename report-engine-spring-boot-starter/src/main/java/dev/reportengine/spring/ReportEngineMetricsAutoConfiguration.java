package dev.reportengine.spring;

import dev.reportengine.micrometer.ReportEngineMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link ReportEngineMetrics} for the auto-configured engine when the application has a {@link
 * MeterRegistry} bean (Actuator makes one) and {@code engine-micrometer} is on the class path.
 * Stage observations go to the application's {@link ObservationRegistry} when it has one, else
 * straight into the meter registry as timers.
 */
@AutoConfiguration(
    before = ReportEngineAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({ReportEngineMetrics.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class ReportEngineMetricsAutoConfiguration {

  /** The engine's meters and stage observations. */
  @Bean
  @ConditionalOnMissingBean
  public ReportEngineMetrics reportEngineMetrics(
      MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
    ObservationRegistry registry = observations.getIfUnique();
    return registry != null
        ? new ReportEngineMetrics(meters, registry)
        : ReportEngineMetrics.of(meters);
  }
}
