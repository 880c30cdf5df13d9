package dev.reportengine.micrometer;

import dev.reportengine.api.JobError;
import dev.reportengine.api.spi.EngineObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records a report engine's work in Micrometer. Register it on the engine's builder; one instance
 * per engine.
 *
 * <ul>
 *   <li>{@code report.stage}: an {@link Observation} per pipeline stage of each job, with the
 *       low-cardinality keys {@code stage}, {@code template} and {@code status} ({@link
 *       ReportEngineObservation}); with a meter handler it is a timer of that name.
 *   <li>{@code report.jobs.ended}: a counter of ended jobs by {@code template}, {@code status}
 *       ({@code succeeded}, {@code failed}, {@code canceled}) and {@code error} (the error code,
 *       {@code none} on success).
 *   <li>{@code report.jobs.queued} and {@code report.jobs.running}: gauges of the jobs waiting for
 *       a worker and running now; {@code report.jobs.queued.max}: the queue's bound.
 *   <li>{@code report.webhook.attempts}: a counter of webhook attempts by {@code outcome} ({@code
 *       delivered}, {@code retrying}, {@code failed}).
 * </ul>
 *
 * <pre>{@code
 * MeterRegistry meters = new SimpleMeterRegistry();
 * ReportEngine engine =
 *     ReportEngine.builder()
 *         .mediaSource(MediaSources.directory(Path.of("transcripts")))
 *         .observer(ReportEngineMetrics.of(meters))
 *         .build();
 * }</pre>
 *
 * Thread-safe.
 */
public final class ReportEngineMetrics implements EngineObserver {

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final AtomicBoolean attached = new AtomicBoolean();

  /**
   * Metrics in {@code meters}, and stage observations in {@code observations} (which decides what
   * they become: timers through its meter handler, spans through a tracing handler).
   */
  public ReportEngineMetrics(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = Objects.requireNonNull(meters, "meters");
    this.observations = Objects.requireNonNull(observations, "observations");
  }

  /**
   * Metrics in {@code meters} only, for hosts without an observation registry: stage observations
   * go to a registry of their own whose one handler makes them timers in {@code meters}.
   */
  public static ReportEngineMetrics of(MeterRegistry meters) {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new ReportEngineMetrics(meters, observations);
  }

  /**
   * Registers the gauges on the engine's state.
   *
   * @throws IllegalStateException when this instance was attached to an engine already
   */
  @Override
  public void attached(EngineState state) {
    if (!attached.compareAndSet(false, true)) {
      throw new IllegalStateException(
          "these ReportEngineMetrics are attached to an engine already; make one per engine");
    }
    gauge("report.jobs.queued", "jobs waiting for a worker", state, EngineState::queuedJobs);
    gauge("report.jobs.running", "jobs running now", state, EngineState::runningJobs);
    gauge("report.jobs.queued.max", "the queue's bound", state, EngineState::maxQueuedJobs);
  }

  private void gauge(
      String name,
      String description,
      EngineState state,
      java.util.function.ToIntFunction<EngineState> read) {
    // A strong reference: the engine hands out a view nothing else keeps.
    Gauge.builder(name, state, s -> read.applyAsInt(s))
        .description(description)
        .strongReference(true)
        .register(meters);
  }

  @Override
  public StageScope stageStarted(StageContext context) {
    Observation observation =
        ReportEngineObservation.STAGE
            .observation(observations)
            .lowCardinalityKeyValue(
                ReportEngineObservation.StageKeys.STAGE.withValue(context.stage().wireName()))
            .lowCardinalityKeyValue(
                ReportEngineObservation.StageKeys.TEMPLATE.withValue(context.template().wireName()))
            .highCardinalityKeyValue("job.id", context.jobId())
            .start();
    Observation.Scope scope = observation.openScope();
    return error -> {
      scope.close();
      observation
          .lowCardinalityKeyValue(
              ReportEngineObservation.StageKeys.STATUS.withValue(
                  error.map(code -> code.wireName()).orElse("success")))
          .stop();
    };
  }

  @Override
  public void jobEnded(JobEndContext context) {
    Counter.builder("report.jobs.ended")
        .description("jobs that reached a terminal status")
        .tag("template", context.template().wireName())
        .tag("status", context.snapshot().status().wireName())
        .tag(
            "error",
            context.snapshot().error().map(JobError::code).map(c -> c.wireName()).orElse("none"))
        .register(meters)
        .increment();
  }

  @Override
  public void webhookAttempted(WebhookContext context) {
    Counter.builder("report.webhook.attempts")
        .description("attempts to deliver a job's webhook event")
        .tag("outcome", context.attempt().outcome().wireName())
        .register(meters)
        .increment();
  }
}
