package dev.reportengine.example;

import dev.reportengine.api.spi.EngineObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The v1 routes, metrics and health of report-engine in a Spring Boot application: everything
 * comes from the starter and application.properties; the one bean here logs each ended job.
 */
@SpringBootApplication
public class ExampleApplication {

  private static final Logger LOG = LoggerFactory.getLogger(ExampleApplication.class);

  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }

  /** Observes the engine beside the auto-configured metrics. */
  @Bean
  EngineObserver jobLog() {
    return new EngineObserver() {
      @Override
      public void jobEnded(JobEndContext context) {
        LOG.info(
            "job {} ({}) ended {}{}",
            context.snapshot().jobId(),
            context.template().wireName(),
            context.snapshot().status().wireName(),
            context.snapshot().error().map(e -> ": " + e.code().wireName()).orElse(""));
      }
    };
  }
}
