package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF finds no failed rule of PDF/A-3a or PDF/UA-1 in what the renderer writes. */
class PdfConformanceTest {

  private static final PdfRenderer A4 = PdfRenderer.create();

  static final List<Samples.Example> EXAMPLES = Samples.EXAMPLES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("EXAMPLES")
  void passesPdfA3aWhenRenderingAnExample(Samples.Example example) throws Exception {
    byte[] pdf = A4.render(Samples.input(example));

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("EXAMPLES")
  void passesPdfUa1WhenRenderingAnExample(Samples.Example example) throws Exception {
    byte[] pdf = A4.render(Samples.input(example));

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void passesBothOnLetterPaperWithEveryBlockKind() throws Exception {
    PdfRenderer letter = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
    byte[] pdf = letter.render(EveryBlock.input());

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
