package dev.reportengine.benchmarks;

import com.openhtmltopdf.util.XRLog;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.pdf.PdfInput;
import dev.reportengine.pdf.PdfRenderer;
import java.time.Duration;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first PDF a fresh JVM renders, with and without {@link PdfRenderer#warmUp()} at start: each
 * fork is a new JVM that builds one report with the real engine, optionally warms the renderer, and
 * measures exactly one render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class PdfFirstRenderBenchmark {

  @Param({"false", "true"})
  boolean warmUp;

  private PdfRenderer renderer;
  private PdfInput input;

  /** Builds the report and the renderer; warms the renderer when asked to. */
  @Setup(Level.Trial)
  public void setUp() {
    XRLog.setLoggingEnabled(false);
    Media media = SyntheticConversation.generate("call", 30, 3, 42);
    Report report;
    try (ReportEngine engine =
        ReportEngine.builder()
            .pdfMode(PdfMode.OFF)
            .mediaSource(MediaSources.inMemory(List.of(media)))
            .build()) {
      report =
          engine
              .submit(
                  CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant()))
              .await(Duration.ofSeconds(60));
    }
    renderer = PdfRenderer.create();
    input = PdfInput.of(report, media);
    if (warmUp) {
      renderer.warmUp();
    }
  }

  /** The first real render in this JVM. */
  @Benchmark
  public byte[] firstRender() {
    return renderer.render(input);
  }
}
