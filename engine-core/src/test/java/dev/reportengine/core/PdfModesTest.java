package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobEvent;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEngineException;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ReportStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PDF modes, the render_pdf stage, stored documents and links, with a recording renderer. */
class PdfModesTest {

  private static final URI BASE = URI.create("https://reports.example.com/");

  private final ManualExecutor executor = new ManualExecutor();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<ReportEngine> engines = new ArrayList<>();
  private final ContractJson json = ContractJson.create();
  private final ReportStore store = ReportStores.inMemory();

  @AfterEach
  void close() {
    engines.forEach(e -> e.close(Duration.ZERO));
  }

  private ReportEngineBuilder builder() {
    return ReportEngine.builder()
        .executor(executor)
        .eventExecutor(Runnable::run)
        .parallelism(1)
        .store(store)
        .ids(() -> String.format("%03d", ids.incrementAndGet()))
        .template(new ScriptedTemplate(c -> {}))
        .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())));
  }

  private ReportEngine engine(ReportEngineBuilder builder) {
    ReportEngine engine = builder.build();
    engines.add(engine);
    return engine;
  }

  private JobHandle run(ReportEngine engine) {
    JobHandle job =
        engine.submit(
            CreateReportJobRequest.of("call-1", Template.GENERAL_REPORT, TargetSpec.dominant()));
    executor.runAll();
    return job;
  }

  private static Report report(JobHandle job) {
    return job.await(Duration.ofSeconds(5));
  }

  @Nested
  class Eager {

    @Test
    void doesRenderInTheRenderPdfStageWhenARendererIsRegistered() {
      RecordingRenderer pdf = RecordingRenderer.pdf();
      ReportEngine engine = engine(builder().renderer(pdf).pdfMode(PdfMode.EAGER));
      JobHandle job = run(engine);
      List<JobEvent> seen = new ArrayList<>();
      job.onEvent(seen::add);
      Report report = report(job);

      assertThat(engine.pdfMode()).isEqualTo(PdfMode.EAGER);
      assertThat(seen)
          .extracting(e -> e.stage().map(JobStage::wireName).orElse("-"))
          .containsSubsequence("render_markdown", "render_pdf", "store");
      assertThat(pdf.renders).hasSize(1);
      assertThat(pdf.renders.get(0).media()).isPresent();
      assertThat(pdf.renders.get(0).report().markdown()).isPresent();
      assertThat(engine.pdf(report.id()))
          .hasValueSatisfying(
              b ->
                  assertThat(new String(b, StandardCharsets.US_ASCII))
                      .isEqualTo("%PDF-test " + report.id()));
      assertThat(pdf.renders).hasSize(1);
    }

    @Test
    void doesFailTheJobWithRenderFailedWhenTheRendererThrows() {
      ReportEngine engine =
          engine(
              builder()
                  .renderer(
                      new RecordingRenderer(
                          "application/pdf",
                          c -> {
                            throw new IllegalStateException("font table broken");
                          },
                          () -> {}))
                  .pdfMode(PdfMode.EAGER));
      JobHandle job = run(engine);

      JobSnapshot end = job.snapshot();
      assertThat(end.status()).isEqualTo(JobStatus.FAILED);
      assertThat(end.stage()).contains(JobStage.RENDER_PDF);
      assertThat(end.error().orElseThrow().code()).isEqualTo(ErrorCode.RENDER_FAILED);
      assertThat(end.error().orElseThrow().message())
          .contains("RecordingRenderer", "application/pdf", "font table broken");
      assertThat(end.reportId()).isEmpty();
      ContractSchemas.assertValid("job.schema.json", json.writeJob(end));
    }

    @Test
    void doesFailWithRenderFailedWhenTheRendererReturnsNull() {
      ReportEngine engine =
          engine(
              builder()
                  .renderer(new RecordingRenderer("application/pdf", c -> null, () -> {}))
                  .pdfMode(PdfMode.EAGER));

      JobSnapshot end = run(engine).snapshot();

      assertThat(end.error().orElseThrow().code()).isEqualTo(ErrorCode.RENDER_FAILED);
      assertThat(end.error().orElseThrow().message()).contains("returned null");
    }
  }

  @Nested
  class Lazy {

    @Test
    void doesDefaultToLazyAndRenderNothingInTheJobWhenARendererIsRegistered() {
      RecordingRenderer pdf = RecordingRenderer.pdf();
      ReportEngine engine = engine(builder().renderer(pdf));
      Report report = report(run(engine));

      assertThat(engine.pdfMode()).isEqualTo(PdfMode.LAZY);
      assertThat(pdf.renders).isEmpty();
      assertThat(store.artifact(report.id(), "application/pdf")).isEmpty();
      assertThat(engine.pdf(report.id())).isPresent();
      assertThat(store.artifact(report.id(), "application/pdf")).isPresent();
      assertThat(pdf.renders).hasSize(1);
    }

    @Test
    void doesRenderOnTheFirstRequestAndThenServeTheStoredBytes() {
      RecordingRenderer pdf = RecordingRenderer.pdf();
      ReportEngine engine = engine(builder().renderer(pdf).pdfMode(PdfMode.LAZY));
      Report report = report(run(engine));

      assertThat(pdf.renders).isEmpty();
      byte[] first = engine.pdf(report.id()).orElseThrow();
      byte[] second = engine.pdf(report.id()).orElseThrow();

      assertThat(pdf.renders).hasSize(1);
      assertThat(pdf.renders.get(0).media()).isPresent();
      assertThat(second).isEqualTo(first);
      assertThat(engine.pdf("rep_unknown")).isEmpty();
    }

    @Test
    void doesRenderOnceWhenFirstRequestsComeTogether() throws Exception {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      RecordingRenderer pdf =
          new RecordingRenderer(
              "application/pdf",
              c -> {
                entered.countDown();
                await(release);
                return new byte[] {'%', 'P'};
              },
              () -> {});
      ReportEngine engine = engine(builder().renderer(pdf).pdfMode(PdfMode.LAZY));
      String id = report(run(engine)).id();
      ExecutorService callers = Executors.newFixedThreadPool(2);
      try {
        Future<byte[]> first = callers.submit(() -> engine.pdf(id).orElseThrow());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Future<byte[]> second = callers.submit(() -> engine.pdf(id).orElseThrow());
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly('%', 'P');
        assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly('%', 'P');
        assertThat(pdf.renders).hasSize(1);
        assertThat(store.artifact(id, "application/pdf"))
            .hasValueSatisfying(b -> assertThat(b).containsExactly('%', 'P'));
      } finally {
        callers.shutdownNow();
      }
    }

    @Test
    void doesThrowRenderFailedWhenTheFirstRequestFails() {
      ReportEngine engine =
          engine(
              builder()
                  .renderer(
                      new RecordingRenderer(
                          "application/pdf",
                          c -> {
                            throw new IllegalArgumentException("too many pages");
                          },
                          () -> {}))
                  .pdfMode(PdfMode.LAZY));
      JobHandle job = run(engine);
      String id = report(job).id();

      assertThat(job.snapshot().status()).isEqualTo(JobStatus.SUCCEEDED);
      assertThatThrownBy(() -> engine.pdf(id))
          .isInstanceOfSatisfying(
              ReportEngineException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.RENDER_FAILED))
          .hasMessageContaining("too many pages")
          .hasMessageContaining(id);
      ApiResponse r = engine.api().handle("GET", "/v1/reports/" + id + ".pdf", null);
      assertThat(r.status()).isEqualTo(500);
      ContractSchemas.assertValid("error.schema.json", r.json());
      assertThat(r.json()).contains("render_failed");
    }

    private static void await(CountDownLatch latch) {
      try {
        latch.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Nested
  class Off {

    @Test
    void doesHaveNoPdfAndNoPdfUrlWhenNoRendererExists() {
      ReportEngine engine = engine(builder().links(LinkPolicy.baseUri(BASE)));
      Report report = report(run(engine));

      assertThat(engine.pdfMode()).isEqualTo(PdfMode.OFF);
      assertThat(engine.pdf(report.id())).isEmpty();
      assertThat(report.pdfUrl()).isEmpty();
      assertThat(report.reportUrl()).isPresent();
      ApiResponse r = engine.api().handle("GET", "/v1/reports/" + report.id() + ".pdf", null);
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json()).contains("PDF mode is off");
    }

    @Test
    void doesNeverRenderWhenOffIsChosenDespiteARenderer() {
      RecordingRenderer pdf = RecordingRenderer.pdf();
      ReportEngine engine =
          engine(builder().renderer(pdf).pdfMode(PdfMode.OFF).links(LinkPolicy.baseUri(BASE)));
      Report report = report(run(engine));

      assertThat(engine.pdf(report.id())).isEmpty();
      assertThat(report.pdfUrl()).isEmpty();
      assertThat(pdf.renders).isEmpty();
      assertThat(pdf.warmUps).isEmpty();
    }
  }

  @Nested
  class Links {

    @Test
    void doesSetBothUrlsFromThePolicyAndStillMatchTheSchema() {
      ReportEngine engine =
          engine(builder().renderer(RecordingRenderer.pdf()).links(LinkPolicy.baseUri(BASE)));
      Report report = report(run(engine));

      assertThat(report.reportUrl())
          .contains(URI.create("https://reports.example.com/v1/reports/" + report.id()));
      assertThat(report.pdfUrl())
          .contains(URI.create("https://reports.example.com/v1/reports/" + report.id() + ".pdf"));
      assertThat(engine.report(report.id()).orElseThrow().pdfUrl()).isEqualTo(report.pdfUrl());
      ContractSchemas.assertValid("report.schema.json", json.writeReport(report));
    }

    @Test
    void doesLeaveBothUrlsOutWithoutAPolicy() {
      Report report = report(run(engine(builder().renderer(RecordingRenderer.pdf()))));

      assertThat(report.reportUrl()).isEmpty();
      assertThat(report.pdfUrl()).isEmpty();
    }

    @Test
    void doesEncodeTheIdAndKeepTheBasePathWhenTheBaseHasOne() {
      LinkPolicy links = LinkPolicy.baseUri(URI.create("http://host:8080/api//"));

      assertThat(links.reportUrl("rep 1/ü"))
          .isEqualTo(URI.create("http://host:8080/api/v1/reports/rep%201%2F%C3%BC"));
      assertThat(links.pdfUrl("rep_1"))
          .isEqualTo(URI.create("http://host:8080/api/v1/reports/rep_1.pdf"));
    }

    @Test
    void doesRefuseABaseThatIsNotAnAbsoluteHttpUri() {
      for (String bad : List.of("/v1", "reports.example.com", "ftp://h/x", "https://h/x?a=1")) {
        assertThatThrownBy(() -> LinkPolicy.baseUri(URI.create(bad)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("[" + bad + "]")
            .hasMessageContaining("absolute http or https");
      }
    }

    @Test
    void doesFailTheJobWhenAPolicyReturnsARelativeUri() {
      LinkPolicy relative =
          new LinkPolicy() {
            @Override
            public URI reportUrl(String reportId) {
              return URI.create("/v1/reports/" + reportId);
            }

            @Override
            public URI pdfUrl(String reportId) {
              return URI.create("/v1/reports/" + reportId + ".pdf");
            }
          };
      JobSnapshot end = run(engine(builder().links(relative))).snapshot();

      assertThat(end.status()).isEqualTo(JobStatus.FAILED);
      assertThat(end.error().orElseThrow().message()).contains("must be absolute", "reportUrl");
    }
  }

  @Nested
  class Api {

    @Test
    void doesServeThePdfBytesWithTheirContentType() {
      ReportEngine engine = engine(builder().renderer(RecordingRenderer.pdf()));
      String id = report(run(engine)).id();

      ApiResponse r = engine.api().handle("GET", "/v1/reports/" + id + ".pdf", null);

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).isEqualTo("application/pdf");
      assertThat(r.isJson()).isFalse();
      assertThat(new String(r.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
      assertThatThrownBy(r::json)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("application/pdf");
      assertThat(engine.api().getReportPdf("rep_none").status()).isEqualTo(404);
      assertThat(engine.api().handle("POST", "/v1/reports/" + id + ".pdf", "").status())
          .isEqualTo(405);
    }

    @Test
    void doesKeepJsonAnswersAsTheyWere() {
      ApiResponse r = new ApiResponse(200, "{\"a\":1}");

      assertThat(r.contentType()).isEqualTo(ApiResponse.JSON);
      assertThat(r.json()).isEqualTo("{\"a\":1}");
      assertThat(r).isEqualTo(new ApiResponse(200, "{\"a\":1}"));
    }
  }

  @Nested
  class Builder {

    @Test
    void doesRefuseASecondRendererForOneMediaTypeNamingBoth() {
      ReportEngineBuilder builder = builder().renderer(RecordingRenderer.pdf());

      assertThatThrownBy(() -> builder.renderer(RecordingRenderer.pdf()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("application/pdf")
          .hasMessageContaining("RecordingRenderer");
    }

    @Test
    void doesRefuseLazyOrEagerWithoutARenderer() {
      for (PdfMode mode : List.of(PdfMode.LAZY, PdfMode.EAGER)) {
        assertThatThrownBy(() -> builder().discoverRenderers(false).pdfMode(mode).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("pdfMode " + mode)
            .hasMessageContaining("engine-pdf");
      }
    }
  }

  @Nested
  class WarmUp {

    @Test
    void doesWarmUpOnTheEnginesThreadWithoutBlockingBuildAndLeavesNoThread() throws Exception {
      Set<Thread> before = EngineThreads.before();
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      RecordingRenderer pdf =
          new RecordingRenderer(
              "application/pdf",
              c -> new byte[] {1},
              () -> {
                started.countDown();
                try {
                  release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      ReportEngine engine = builder().renderer(pdf).build();
      try {
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pdf.warmUps).containsExactly("report-engine-warmup");
      } finally {
        release.countDown();
        engine.close(Duration.ofSeconds(5));
      }

      EngineThreads.assertNoneLeftSince(before, "report-engine-warmup");
    }

    @Test
    void doesInterruptAWarmUpThatOutlastsTheGracePeriodAtClose() throws Exception {
      Set<Thread> before = EngineThreads.before();
      CountDownLatch started = new CountDownLatch(1);
      RecordingRenderer pdf =
          new RecordingRenderer(
              "application/pdf",
              c -> new byte[] {1},
              () -> {
                started.countDown();
                try {
                  new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      ReportEngine engine = builder().renderer(pdf).build();
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      engine.close(Duration.ZERO);

      EngineThreads.assertNoneLeftSince(before, "report-engine-warmup");
    }
  }
}
