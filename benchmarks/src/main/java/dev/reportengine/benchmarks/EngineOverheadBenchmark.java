package dev.reportengine.benchmarks;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own overhead: submit-to-succeeded throughput with a trivial template, against
 * calling that template directly. Both read the same one-minute conversation from memory; the
 * engine also validates, queues, resolves the target, renders Markdown, stores, and publishes
 * events. The ratio of the two scores is the cost of the runtime per job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineOverheadBenchmark {

  private ReportEngine engine;
  private CreateReportJobRequest request;
  private TrivialTemplate template;
  private TemplateContext context;

  /** Builds an engine with one worker over one generated conversation. */
  @Setup(Level.Trial)
  public void setUp() {
    Media media = SyntheticConversation.generate("call", 1, 2, 7);
    template = new TrivialTemplate();
    context = new TemplateContext(media, media.entities().get(0), Map.of());
    engine =
        ReportEngine.builder()
            .parallelism(1)
            .discoverTemplates(false)
            .template(template)
            .store(ReportStores.inMemory(100, Duration.ofHours(1)))
            .mediaSource(MediaSources.inMemory(List.of(media)))
            .build();
    request = CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
  }

  /** Closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close(Duration.ofSeconds(10));
  }

  /** One job from submit to succeeded, awaited on the caller's thread. */
  @Benchmark
  public Report submitToSucceeded() {
    return engine.submit(request).await(Duration.ofSeconds(60));
  }

  /** The same template called directly: the floor the engine is compared with. */
  @Benchmark
  public ReportContent templateDirectly() {
    return template.build(context);
  }
}
