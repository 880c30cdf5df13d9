package dev.reportengine.benchmarks;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.ReportContent;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.api.spi.TemplateContext;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own overhead: submit-to-succeeded throughput with a trivial template, against
 * calling that template directly. Both read the same one-minute conversation from memory; the
 * engine also validates, queues, infers speaker names, resolves the target, renders Markdown,
 * stores, and publishes events. The ratio of the two scores is the cost of the runtime per job.
 *
 * <p>Settings it states and sets: {@code pdfMode} {@code OFF} (the runtime's own cost), {@code
 * LAZY} (the default with {@code engine-pdf}, which this jar carries: nobody asks for the PDF here,
 * so nothing is rendered) or {@code EAGER} (the full cost of a job that renders its PDF); an
 * in-memory store bounded to 100 reports; one worker; {@link TrivialTemplate}; template discovery
 * off; the conversation of {@code SyntheticConversation.generate("call", 1, 2, 7)} (2 speakers
 * labelled {@code Speaker 1} and {@code 2}, so their names are inferred, 5 utterances). Set-up runs
 * one job and fails when the PDF the store holds does not match the mode, so a change of default
 * cannot silently change what this measures.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineOverheadBenchmark {

  /** The engine under a PDF mode, and its request. */
  @State(Scope.Benchmark)
  public static class Engine {

    /** {@code OFF}: the runtime alone; {@code EAGER}: every job also renders and stores its PDF. */
    @Param({"OFF", "LAZY", "EAGER"})
    public PdfMode pdfMode;

    private ReportEngine engine;
    private CreateReportJobRequest request;

    /**
     * Builds an engine with one worker over one generated conversation, runs one job and checks
     * that its PDF is stored exactly when the mode is eager.
     */
    @Setup(Level.Trial)
    public void setUp() {
      ReportStore store = ReportStores.inMemory(100, Duration.ofHours(1));
      engine =
          ReportEngine.builder()
              .parallelism(1)
              .pdfMode(pdfMode)
              .discoverTemplates(false)
              .template(new TrivialTemplate())
              .store(store)
              .mediaSource(MediaSources.inMemory(List.of(conversation())))
              .build();
      request = CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant());
      Report first = engine.submit(request).await(Duration.ofSeconds(60));
      boolean stored = store.artifact(first.id(), "application/pdf").isPresent();
      if (engine.pdfMode() != pdfMode || stored != (pdfMode == PdfMode.EAGER)) {
        throw new IllegalStateException(
            "pdfMode " + pdfMode + " but the store " + (stored ? "has" : "has no") + " the PDF");
      }
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
      engine.close(Duration.ofSeconds(10));
    }
  }

  /** The template and its context, without an engine. */
  @State(Scope.Benchmark)
  public static class Direct {
    private final TrivialTemplate template = new TrivialTemplate();
    private TemplateContext context;

    /** Builds the template's context over the same conversation. */
    @Setup(Level.Trial)
    public void setUp() {
      Media media = conversation();
      context = new TemplateContext(media, media.entities().get(0), Map.of());
    }
  }

  private static Media conversation() {
    return SyntheticConversation.generate("call", 1, 2, 7);
  }

  /** One job from submit to succeeded, awaited on the caller's thread. */
  @Benchmark
  public Report submitToSucceeded(Engine state) {
    return state.engine.submit(state.request).await(Duration.ofSeconds(60));
  }

  /** The same template called directly: the floor the engine is compared with. */
  @Benchmark
  public ReportContent templateDirectly(Direct state) {
    return state.template.build(state.context);
  }
}
