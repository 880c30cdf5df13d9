package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The builder is strict and its options reach the PDF. */
class PdfRendererBuilderTest {

  @Test
  void refusesAnOptionSetTwice() {
    PdfRendererBuilder builder = PdfRenderer.builder().pageSize(PageSize.A4);

    assertThatThrownBy(() -> builder.pageSize(PageSize.LETTER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pageSize was already set to A4");
  }

  @Test
  void refusesALayoutThatIsNotMustache() {
    assertThatThrownBy(() -> PdfRenderer.builder().layout("<html>{{#open}}</html>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("layout [custom layout] is not valid Mustache");
  }

  @Test
  void refusesALayoutThatIncludesAPartial() {
    assertThatThrownBy(() -> PdfRenderer.builder().layout("<html>{{> /etc/passwd}}</html>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layouts cannot include partials, asked for [/etc/passwd");
  }

  @Test
  void refusesCssThatWouldLeaveTheStyleElement() {
    assertThatThrownBy(() -> PdfRenderer.builder().css("a{} ]]> <img src=x/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("css must not contain []]>]");
  }

  @Test
  void refusesALanguageThatIsNotABcp47Tag() {
    assertThatThrownBy(() -> PdfRenderer.builder().language("not a tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be a BCP 47 tag such as en or de-CH, got [not a tag]");
  }

  @Test
  void refusesTheBundledFamilyForAnAddedFont() {
    PdfFont font = PdfFont.of("DejaVu Sans", 400, bundledSans());

    assertThatThrownBy(() -> PdfRenderer.builder().font(font))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font family [DejaVu Sans] is bundled; choose another family name");
  }

  @Test
  void refusesTheSameFamilyAndWeightTwice() {
    PdfRendererBuilder builder =
        PdfRenderer.builder().font(PdfFont.of("Extra", 400, bundledSans()));

    assertThatThrownBy(() -> builder.font(PdfFont.of("Extra", 400, bundledSans())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("font Extra 400 was already added as PdfFont[Extra, 400, ");
  }

  @Test
  void appliesTheHostsCssLanguageAndLayout() throws Exception {
    PdfRenderer renderer =
        PdfRenderer.builder()
            .css(".kicker { color: #b91c1c; }")
            .language("de-CH")
            .layout(
                "<html lang=\"{{lang}}\"><head><title>{{title}}</title>"
                    + "<meta name=\"description\" content=\"{{description}}\"/>"
                    + "<style>{{{css}}}</style></head><body><h1>Bericht: {{title}}</h1>"
                    + "{{#sections}}<h2>{{title}}</h2>{{/sections}}</body></html>")
            .build();
    PdfInput input = Samples.input(Samples.EXAMPLES.get(0));

    String html = renderer.html(input);
    byte[] pdf = renderer.render(input);

    assertThat(html).contains("lang=\"de-CH\"", ".kicker { color: #b91c1c; }");
    assertThat(PdfDocs.flatText(pdf)).contains("Bericht: " + input.report().label().orElseThrow());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-CH");
    }
  }

  static byte[] bundledSans() {
    try (var in =
        PdfRendererBuilderTest.class.getResourceAsStream(
            "/dev/reportengine/pdf/internal/fonts/DejaVuSans.ttf")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
