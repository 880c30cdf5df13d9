package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Renders the examples' reports and reads the PDFs back with PDFBox. */
class PdfRendererTest {

  private static final PdfRenderer A4 = PdfRenderer.create();

  static final List<Samples.Example> EXAMPLES = Samples.EXAMPLES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("EXAMPLES")
  void putsTheTitleSummaryAndEverySectionTitleInTheTextWhenRenderingAnExample(
      Samples.Example example) throws Exception {
    PdfInput input = Samples.input(example);
    Report report = input.report();

    byte[] pdf = A4.render(input);

    String text = PdfDocs.flatText(pdf);
    assertThat(text).contains(report.label().orElseThrow());
    assertThat(text).contains(report.summary().orElseThrow().replaceAll("\\s+", " "));
    for (Section section : report.sections().orElseThrow()) {
      assertThat(text).contains(section.title());
    }
    assertThat(text).contains("Talk time", "Speaker timeline", "Page 1 of ");
    assertThat(PdfDocs.pages(pdf)).isBetween(1, 6);
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("EXAMPLES")
  void embedsOnlySubsetFontsWhenRenderingAnExample(Samples.Example example) throws Exception {
    byte[] pdf = A4.render(Samples.input(example));

    assertThat(PdfDocs.fonts(pdf))
        .isNotEmpty()
        .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVu[A-Za-z-]*"), "a subset DejaVu font");
    assertThat(pdf.length).isLessThan(400_000);
  }

  @Test
  void writesTitleSubjectLanguageAndTheReportsCreationDateAsMetadata() throws Exception {
    PdfInput input = Samples.input(Samples.EXAMPLES.get(0));
    Report report = input.report();

    byte[] pdf = A4.render(input);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(report.label().orElseThrow());
      assertThat(info.getSubject()).isEqualTo("General report about Maria Lopez");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      Calendar created = info.getCreationDate();
      assertThat(created.toInstant())
          .isEqualTo(report.createdAt().atOffset(ZoneOffset.UTC).withNano(0).toInstant());
      assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
          .contains("pdfaid:part", "pdfuaid:part")
          .contains(
              "<xmp:CreateDate>"
                  + report
                      .createdAt()
                      .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                      .toString()
                      .replace("Z", "+00:00")
                  + "</xmp:CreateDate>");
    }
  }

  @Test
  void laysOutOnLetterPaperWhenAskedTo() throws Exception {
    PdfRenderer letter = PdfRenderer.builder().pageSize(PageSize.LETTER).build();

    byte[] pdf = letter.render(Samples.input(Samples.EXAMPLES.get(0)));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }
    try (PDDocument doc = Loader.loadPDF(A4.render(Samples.input(Samples.EXAMPLES.get(0))))) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void leavesTheChartsOutWhenTheMediaIsNotGiven() throws Exception {
    PdfInput input = Samples.input(Samples.EXAMPLES.get(2));

    String text = PdfDocs.flatText(A4.render(PdfInput.of(input.report())));

    assertThat(text).doesNotContain("Speaker timeline");
    assertThat(text).contains(input.report().sections().orElseThrow().get(0).title());
  }

  @Test
  void drawsEveryBlockKindAndTheFourIllustrations() throws Exception {
    PdfInput input = EveryBlock.input();

    String html = A4.html(input);
    byte[] pdf = A4.render(input);

    assertThat(html)
        .contains("alt='Illustration: two speech bubbles in conversation'")
        .contains("illustration-growth", "illustration-connection", "illustration-analysis");
    assertThat(PdfDocs.flatText(pdf))
        .contains("Ship the pilot", "drawn as info", "Plain text without title", "Five")
        .contains("\"answer\": 42", "\"text\": \"<b>bold?</b>\"");
  }
}
