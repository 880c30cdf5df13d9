package dev.reportengine.benchmarks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.Report;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * PDF rendering: {@link PdfRenderer} (view model, Mustache, openhtmltopdf in PDF/UA + PDF/A-3a,
 * metadata dates) against raw openhtmltopdf rendering the same HTML with the same fonts and
 * settings. The ratio of the two is the library's overhead; divide by the page count printed at
 * set-up for the time per page.
 *
 * <p>{@code report} picks what is rendered: {@code general_report-10min}, {@code -60min} and {@code
 * -600min} are a {@code general_report} on a generated conversation ({@link SyntheticConversation},
 * 3 speakers, seed 42); {@code general_report} (on {@code examples/discovery-call.json}), {@code
 * sales_playbook}, {@code hiring_report} and {@code profile_alignment} are the demo's sample
 * reports (the requests of {@code examples/requests}). Each report is built once by the real engine
 * with {@code PdfMode.OFF}, one worker and the discovered templates; set-up fails when the report's
 * template is not the one asked for. Run from the repository root, or set {@code
 * -Dreportengine.examples=DIR}.
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
  private static final String SYNTHETIC = "general_report-";

  @Param({
    "general_report-10min",
    "general_report-60min",
    "general_report-600min",
    "general_report",
    "sales_playbook",
    "hiring_report",
    "profile_alignment"
  })
  String report;

  /** Pages of the rendered report, counted at set-up. */
  int pages;

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
    Path examples = Path.of(System.getProperty("reportengine.examples", "examples"));
    String body;
    MediaSource source;
    if (report.startsWith(SYNTHETIC)) {
      int minutes = Integer.parseInt(report.substring(SYNTHETIC.length()).replace("min", ""));
      source =
          MediaSources.inMemory(List.of(SyntheticConversation.generate("call", minutes, 3, 42)));
      body = request("call", "general_report");
    } else {
      source = MediaSources.directory(examples);
      body =
          report.equals("general_report")
              ? request("discovery-call", "general_report")
              : Files.readString(
                  examples.resolve("requests/" + report.replace('_', '-') + ".json"));
    }
    Report built;
    Media media;
    try (ReportEngine engine =
        ReportEngine.builder().parallelism(1).pdfMode(PdfMode.OFF).mediaSource(source).build()) {
      CreateReportJobRequest request = engine.parseRequest(body);
      built = engine.submit(request).await(Duration.ofSeconds(60));
      media = source.load(new MediaSource.MediaQuery(request.mediaId())).orElseThrow();
    }
    String expected = report.startsWith(SYNTHETIC) ? "general_report" : report;
    if (!built.template().wireName().equals(expected)) {
      throw new IllegalStateException(
          "asked for " + expected + ", built " + built.template().wireName());
    }
    renderer = PdfRenderer.create();
    input = PdfInput.of(built, media);
    html = renderer.html(input);
    sans = font("DejaVuSans.ttf");
    bold = font("DejaVuSans-Bold.ttf");
    mono = font("DejaVuSansMono.ttf");
    try (PDDocument doc = Loader.loadPDF(renderer.render(input))) {
      pages = doc.getNumberOfPages();
      System.out.println("pages=" + pages + " report=" + report);
    }
  }

  private static String request(String mediaId, String template) {
    return "{\"media\": {\"mediaId\": \""
        + mediaId
        + "\"}, \"output\": {\"template\": \""
        + template
        + "\"}, \"target\": {\"strategy\": \"dominant\"}}";
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
