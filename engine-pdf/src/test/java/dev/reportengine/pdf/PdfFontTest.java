package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Host fonts: TrueType files and the first face of a collection; anything else is refused. */
class PdfFontTest {

  @Test
  void takesATrueTypeFileAsItIs() {
    byte[] sans = PdfRendererBuilderTest.bundledSans();

    PdfFont font = PdfFont.of("Extra", 700, sans);

    assertThat(font.bytes()).isEqualTo(sans);
    assertThat(font.weight()).isEqualTo(700);
  }

  @Test
  void refusesBytesThatAreNotATrueTypeFont() {
    byte[] otf = "OTTO and then CFF outlines".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> PdfFont.of("Cff", 400, otf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "font bytes for family [Cff] is not a TrueType font (starts with [OTTO]); accepted:"
                + " TrueType .ttf or .ttc with glyf outlines, not CFF-based OpenType");
  }

  @Test
  void refusesAWeightThatIsNotACssWeight() {
    assertThatThrownBy(() -> PdfFont.of("Extra", 450, PdfRendererBuilderTest.bundledSans()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("font weight must be one of 100, 200, ..., 900, got 450");
  }

  @Test
  void takesTheFirstFaceOutOfACollection() throws Exception {
    Path ttc = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    assumeTrue(Files.isRegularFile(ttc), "skipped: no font collection at " + ttc);

    PdfFont font = PdfFont.of("WenQuanYi Micro Hei", 400, ttc);

    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
    assertThat(parsed.getName()).startsWith("WenQuanYi");
    assertThat(parsed.getUnicodeCmapLookup().getGlyphId('\u4e2d')).isPositive();
    parsed.close();
  }
}
