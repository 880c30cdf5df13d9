package dev.reportengine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.RenderContext;
import dev.reportengine.api.spi.ReportRenderer;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.ContractJson;
import dev.reportengine.core.LinkPolicy;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.core.ReportEngineBuilder;
import dev.reportengine.core.ReportStores;
import dev.reportengine.pdf.PdfLimits;
import dev.reportengine.pdf.PdfRenderer;
import dev.reportengine.pdf.PdfReportRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The engine with {@code engine-pdf}'s renderer found on the class path, as the CLI runs it. (These
 * tests cannot live in engine-core: engine-pdf's own tests depend on engine-core, and Maven refuses
 * a cycle even between test dependencies; so they live here, with the other tests that need several
 * modules.)
 */
class EngineWithPdfTest {

  private static final Path EXAMPLES =
      Path.of(System.getProperty("reportengine.root", ".."))
          .toAbsolutePath()
          .normalize()
          .resolve("examples");
  private static final URI BASE = URI.create("https://reports.example.com");

  private final ReportStore store = ReportStores.inMemory();
  private final ContractJson json = ContractJson.create();

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .parallelism(1)
        .store(store)
        .mediaSource(MediaSources.directory(EXAMPLES));
  }

  private static JobHandle submit(ReportEngine engine) {
    return engine.submit(
        CreateReportJobRequest.of(
            "discovery-call.json", Template.GENERAL_REPORT, TargetSpec.dominant()));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(1, 20);
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void doesRenderAReadablePdfInTheJobWhenEager() throws IOException {
    try (ReportEngine engine =
        builder().pdfMode(PdfMode.EAGER).links(LinkPolicy.baseUri(BASE)).build()) {
      Report report = submit(engine).await(Duration.ofMinutes(2));

      assertThat(engine.pdfMode()).isEqualTo(PdfMode.EAGER);
      assertThat(store.artifact(report.id(), "application/pdf")).isPresent();
      String text = text(engine.pdf(report.id()).orElseThrow());
      assertThat(text).contains(report.entity().orElseThrow().label().orElseThrow());
      assertThat(report.pdfUrl())
          .contains(URI.create(BASE + "/v1/reports/" + report.id() + ".pdf"));
      assertThat(report.reportUrl()).contains(URI.create(BASE + "/v1/reports/" + report.id()));
      assertThat(json.readReport(json.writeReport(report))).isEqualTo(report);
    }
  }

  @Test
  void doesKeepTheJobAndShortenThePdfWhenTheReportIsOverThePdfInputLimit() throws IOException {
    PdfRenderer small =
        PdfRenderer.builder().limits(new PdfLimits(1_000, 200, 200, 4_000, 20_000, 8, 400)).build();
    try (ReportEngine engine = builder().renderer(new PdfReportRenderer(small)).build()) {
      Report report = submit(engine).await(Duration.ofMinutes(2));

      String markdown = report.markdown().orElseThrow();
      String lastSection =
          report.sections().orElseThrow().get(report.sections().get().size() - 1).title();
      assertThat(markdown).contains("## " + lastSection);
      String pdf = text(engine.pdf(report.id()).orElseThrow()).replaceAll("\\s+", " ");
      assertThat(pdf)
          .contains("This PDF is shortened")
          .contains("the full report is in JSON and Markdown");
    }
  }

  @Test
  void doesDefaultToLazyAndRenderOnTheFirstRequestWhenEnginePdfIsOnTheClassPath()
      throws IOException {
    try (ReportEngine engine = builder().build()) {
      Report report = submit(engine).await(Duration.ofMinutes(2));
      assertThat(engine.pdfMode()).isEqualTo(PdfMode.LAZY);
      assertThat(store.artifact(report.id(), "application/pdf")).isEmpty();

      byte[] first = engine.pdf(report.id()).orElseThrow();

      assertThat(store.artifact(report.id(), "application/pdf")).hasValue(first);
      assertThat(engine.pdf(report.id())).hasValue(first);
      assertThat(text(first)).contains(report.summary().orElseThrow().substring(0, 20));
    }
  }

  @Test
  void doesHaveNoPdfAndNoPdfUrlWhenOff() {
    try (ReportEngine engine =
        builder().pdfMode(PdfMode.OFF).links(LinkPolicy.baseUri(BASE)).build()) {
      Report report = submit(engine).await(Duration.ofMinutes(2));

      assertThat(engine.pdf(report.id())).isEmpty();
      assertThat(report.pdfUrl()).isEmpty();
      assertThat(report.reportUrl()).isPresent();
    }
  }

  @Test
  void doesFailTheJobWithRenderFailedWhenARegisteredRendererThrowsInEagerMode() {
    ReportRenderer broken =
        new ReportRenderer() {
          @Override
          public String mediaType() {
            return "application/pdf";
          }

          @Override
          public byte[] render(RenderContext context) {
            throw new IllegalStateException("printer on fire");
          }
        };
    try (ReportEngine engine = builder().renderer(broken).pdfMode(PdfMode.EAGER).build()) {
      JobHandle job = submit(engine);
      job.future().handle((r, e) -> null).join();

      JobSnapshot end = job.snapshot();
      assertThat(end.status()).isEqualTo(JobStatus.FAILED);
      assertThat(end.error().orElseThrow().code()).isEqualTo(ErrorCode.RENDER_FAILED);
      assertThat(end.error().orElseThrow().message()).contains("printer on fire");
    }
  }
}
