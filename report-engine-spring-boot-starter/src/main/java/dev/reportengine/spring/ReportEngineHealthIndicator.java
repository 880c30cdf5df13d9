package dev.reportengine.spring;

import dev.reportengine.api.JobQuery;
import dev.reportengine.api.spi.EngineObserver.EngineState;
import dev.reportengine.core.ReportEngine;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The engine's health: {@code DOWN} when it no longer takes and runs jobs (closed, or its workers'
 * executor shut down) or its store does not answer a one-job listing; {@code OUT_OF_SERVICE} when
 * its queue is full (a submit would answer 429); else {@code UP}. Details: {@code accepting},
 * {@code queuedJobs}, {@code maxQueuedJobs}, {@code runningJobs}, {@code parallelism}, {@code
 * store}.
 */
public class ReportEngineHealthIndicator implements HealthIndicator {

  private final ReportEngine engine;

  /** The health of {@code engine}. */
  public ReportEngineHealthIndicator(ReportEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Health health() {
    EngineState state = engine.state();
    Health.Builder health =
        new Health.Builder()
            .withDetail("accepting", state.accepting())
            .withDetail("queuedJobs", state.queuedJobs())
            .withDetail("maxQueuedJobs", state.maxQueuedJobs())
            .withDetail("runningJobs", state.runningJobs())
            .withDetail("parallelism", state.parallelism());
    try {
      engine.jobs(JobQuery.all().withLimit(1));
      health.withDetail("store", "reachable");
    } catch (RuntimeException e) {
      return health.down(e).withDetail("store", "unreachable").build();
    }
    if (!state.accepting()) {
      return health.down().build();
    }
    if (state.queuedJobs() >= state.maxQueuedJobs()) {
      return health.status(Status.OUT_OF_SERVICE).build();
    }
    return health.up().build();
  }
}
