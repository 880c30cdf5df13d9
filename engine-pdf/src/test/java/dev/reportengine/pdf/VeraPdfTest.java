package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The conformance check can fail: an untagged PDF without metadata breaks both profiles. */
class VeraPdfTest {

  @Test
  void findsFailedRulesInAPlainPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }

    assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
    assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
  }
}
