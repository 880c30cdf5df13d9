package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.spi.RenderContext;
import dev.reportengine.api.spi.ReportRenderer;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The engine seam: the PDF renderer is found as a ReportRenderer service and renders contexts. */
class PdfReportRendererTest {

  @Test
  void isFoundByServiceLoaderAsTheApplicationPdfRenderer() {
    List<ReportRenderer> found =
        ServiceLoader.load(ReportRenderer.class).stream().map(ServiceLoader.Provider::get).toList();

    assertThat(found)
        .singleElement()
        .isInstanceOf(PdfReportRenderer.class)
        .extracting(ReportRenderer::mediaType)
        .isEqualTo("application/pdf");
  }

  @Test
  void rendersAContextWithItsMediaAfterWarmingUp() throws Exception {
    ReportRenderer renderer = new PdfReportRenderer();
    PdfInput input = Samples.input(Samples.EXAMPLES.get(1));
    renderer.warmUp();

    byte[] pdf = renderer.render(new RenderContext(input.report(), input.media()));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(PdfDocs.flatText(pdf)).contains("Speaker timeline", "Alex Kim");
  }
}
