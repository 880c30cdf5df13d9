package dev.reportengine.benchmarks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.media.Media;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.pdf.PdfInput;
import dev.reportengine.pdf.PdfRenderer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * PDF rendering of a {@code general_report} on a generated conversation: {@link PdfRenderer} (view
 * model, Mustache, openhtmltopdf in PDF/UA + PDF/A-3a, metadata dates) against raw openhtmltopdf
 * rendering the same HTML with the same fonts and settings. The ratio of the two is the library's
 * overhead; divide by the page count printed at set-up for the time per page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class PdfRenderBenchmark {

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final String FONTS = "/dev/reportengine/pdf/internal/fonts/";

  @Param({"10", "60", "600"})
  int minutes;

  private PdfRenderer renderer;
  private PdfInput input;
  private String html;
  private byte[] sans;
  private byte[] bold;
  private byte[] mono;

  /** Builds the report with the real engine and renders it once to count its pages. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    // Both methods would otherwise print openhtmltopdf's INFO lines on every render.
    XRLog.setLoggingEnabled(false);
    Media media = SyntheticConversation.generate("call", minutes, 3, 42);
    Report report;
    try (ReportEngine engine =
        ReportEngine.builder().mediaSource(MediaSources.inMemory(List.of(media))).build()) {
      report =
          engine
              .submit(
                  CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant()))
              .await(Duration.ofSeconds(60));
    }
    renderer = PdfRenderer.create();
    input = PdfInput.of(report, media);
    html = renderer.html(input);
    sans = font("DejaVuSans.ttf");
    bold = font("DejaVuSans-Bold.ttf");
    mono = font("DejaVuSansMono.ttf");
    try (PDDocument doc = Loader.loadPDF(renderer.render(input))) {
      System.out.println("pages=" + doc.getNumberOfPages() + " minutes=" + minutes);
    }
  }

  private static byte[] font(String name) throws IOException {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + name)) {
      return in.readAllBytes();
    }
  }

  /** The library: report to PDF bytes. */
  @Benchmark
  public byte[] pdfRenderer() {
    return renderer.render(input);
  }

  /** openhtmltopdf alone on the library's HTML, same fonts, same PDF/UA and PDF/A settings. */
  @Benchmark
  public byte[] rawOpenhtmltopdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_3_A)
        .useColorProfile(SRGB)
        .useSVGDrawer(
            new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
        .useExternalResourceAccessControl(
            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useFont(() -> new ByteArrayInputStream(sans), "DejaVu Sans", 400, FontStyle.NORMAL, true)
        .useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true)
        .useFont(
            () -> new ByteArrayInputStream(mono), "DejaVu Sans Mono", 400, FontStyle.NORMAL, true)
        .withHtmlContent(html, null)
        .toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
