package dev.reportengine.benchmarks;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.ReportTemplate;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportStores;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Submit-to-report latency of {@code general_report} on a 30-minute, 3-person conversation held in
 * memory: validation, queueing, speaker names, target resolution, analysis, Markdown and storage,
 * awaited on the caller's thread; against {@code templateDirectly}, the same template's {@code
 * build} on the same conversation and speaker, so the ratio of the two is what the engine adds to a
 * real job.
 *
 * <p>Settings it states and sets: {@code PdfMode.OFF} (the PDF is measured by {@link
 * PdfRenderBenchmark}); an in-memory store bounded to 100 reports; one worker; the discovered
 * {@code general_report} of {@code engine-templates}. Set-up runs one job and fails when the report
 * is not a {@code general_report} or its PDF was rendered.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class SubmitToReportBenchmark {

  @Param({"30"})
  int minutes;

  private ReportStore store;
  private ReportEngine engine;
  private CreateReportJobRequest request;
  private CreateReportJobRequest shortRequest;
  private ReportTemplate template;
  private TemplateContext context;

  /**
   * Builds an engine over one generated conversation, plus a one-minute one for {@link
   * #shortJob()}.
   */
  @Setup(Level.Trial)
  public void setUp() {
    store = ReportStores.inMemory(100, Duration.ofHours(1));
    engine =
        ReportEngine.builder()
            .parallelism(1)
            .pdfMode(PdfMode.OFF)
            // A small store keeps the heap steady; the default keeps 10,000 reports.
            .store(store)
            .mediaSource(
                MediaSources.inMemory(
                    List.of(
                        SyntheticConversation.generate("call", minutes, 3, 42),
                        SyntheticConversation.generate("short-call", 1, 3, 42))))
            .build();
    request = CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
    shortRequest =
        CreateReportJobRequest.of("short-call", Template.GENERAL_REPORT, TargetSpec.dominant());
    Media media = SyntheticConversation.generate("call", minutes, 3, 42);
    Report first = submitToReport();
    if (first.template() != Template.GENERAL_REPORT
        || first.sections().orElseThrow().size() < 3
        || store.artifact(first.id(), "application/pdf").isPresent()) {
      throw new IllegalStateException(
          "expected a general_report with its sections and no PDF, got "
              + first.template()
              + " with "
              + first.sections().orElseThrow().size()
              + " sections");
    }
    template =
        ServiceLoader.load(ReportTemplate.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(t -> t.id() == Template.GENERAL_REPORT)
            .findFirst()
            .orElseThrow();
    Map<String, JsonValue> params = new LinkedHashMap<>();
    for (ParameterSpec.Parameter p : template.parameters().parameters()) {
      p.defaultValue().ifPresent(v -> params.put(p.name(), v));
    }
    String speaker = first.entity().orElseThrow().id();
    Entity entity =
        media.entities().stream().filter(e -> e.id().equals(speaker)).findFirst().orElseThrow();
    context = new TemplateContext(media, entity, params);
  }

  /** Closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close(Duration.ofSeconds(10));
  }

  /** The template alone on the job's conversation and speaker: the floor of a job. */
  @Benchmark
  public ReportContent templateDirectly() {
    return template.build(context);
  }

  /**
   * One job on a one-minute call, for warming up (not a benchmark): the same engine code as {@link
   * #submitToReport()} at a fraction of its cost, so that code, which runs once per job, gets
   * compiled in thousands of jobs instead of in thousands of 30-minute ones.
   */
  public Report shortJob() {
    return engine.submit(shortRequest).await(Duration.ofSeconds(60));
  }

  /** One job from submit to report. */
  @Benchmark
  public Report submitToReport() {
    return engine.submit(request).await(Duration.ofSeconds(60));
  }
}
