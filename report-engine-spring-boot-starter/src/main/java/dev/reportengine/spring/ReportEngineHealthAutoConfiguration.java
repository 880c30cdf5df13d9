package dev.reportengine.spring;

import dev.reportengine.core.ReportEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code reportEngine} health contributor ({@link ReportEngineHealthIndicator}) when Spring
 * Boot's health support is on the class path and the application has one engine; off with {@code
 * management.health.report-engine.enabled=false}.
 */
@AutoConfiguration(after = ReportEngineAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ReportEngine.class)
@ConditionalOnEnabledHealthIndicator("report-engine")
public class ReportEngineHealthAutoConfiguration {

  /** The indicator, named so that it shows as {@code reportEngine} under /actuator/health. */
  @Bean
  @ConditionalOnMissingBean(name = "reportEngineHealthIndicator")
  public ReportEngineHealthIndicator reportEngineHealthIndicator(ReportEngine engine) {
    return new ReportEngineHealthIndicator(engine);
  }
}
