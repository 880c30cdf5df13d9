package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.core.MediaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Greek, Cyrillic and (with a host font) CJK text comes out as text, in embedded subset fonts. */
class NonLatinTextTest {

  private static final String GREEK = "Καλημέρα, πώς προχωράει το έργο;";
  private static final String CYRILLIC = "Доброе утро, как продвигается проект?";
  private static final String CJK = "项目进展如何？会議は明日です。회의는 내일입니다?";
  private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  private static PdfInput input(String... lines) {
    Utterance[] utterances = new Utterance[lines.length];
    for (int i = 0; i < lines.length; i++) {
      utterances[i] = Utterance.of(i % 2 == 0 ? "a" : "b", i * 10, i * 10 + 8, lines[i]);
    }
    Media media =
        new Media(
            "polyglot",
            lines.length * 10,
            Optional.empty(),
            Optional.empty(),
            List.of(Entity.of("a", "Ελένη Παππά"), Entity.of("b", "Иван Петров")),
            List.of(utterances),
            List.of());
    Report report =
        Samples.report(MediaSources.inMemory(List.of(media)), "polyglot", TargetSpec.entityId("a"));
    List<Section> sections = new ArrayList<>(report.sections().orElseThrow());
    sections.add(
        new Section(
            "Σημειώσεις · Заметки · 笔记",
            new SectionContent.Blocks(
                java.util.Arrays.stream(lines).<Block>map(l -> Block.Text.of(l)).toList())));
    return PdfInput.of(Reports.withSections(report, sections), media);
  }

  @Test
  void writesGreekAndCyrillicAsTextInSubsetDejaVuFonts() throws Exception {
    PdfInput input = input(GREEK, CYRILLIC, GREEK);

    byte[] pdf = PdfRenderer.create().render(input);

    String text = PdfDocs.flatText(pdf);
    assertThat(text)
        .contains(GREEK, CYRILLIC, "Ελένη Παππά", "Иван Петров", "Σημειώσεις · Заметки");
    assertThat(text).contains("καλημέρα");
    assertThat(PdfDocs.fonts(pdf)).allMatch(f -> f.matches("[A-Z]{6}\\+DejaVu.*"));
  }

  @Test
  void writesChineseJapaneseAndKoreanWhenTheHostAddsACjkFont() throws Exception {
    assumeTrue(
        Files.isRegularFile(WQY),
        "skipped: no CJK font at " + WQY + " (install Debian's fonts-wqy-microhei to run this)");
    PdfRenderer renderer =
        PdfRenderer.builder().font(PdfFont.of("WenQuanYi Micro Hei", 400, WQY)).build();
    PdfInput input = input(CJK, CYRILLIC, CJK);

    byte[] pdf = renderer.render(input);

    assertThat(PdfDocs.flatText(pdf)).contains(CJK, "Σημειώσεις · Заметки · 笔记", "项目进展如何？");
    assertThat(PdfDocs.fonts(pdf))
        .anyMatch(f -> f.matches("[A-Z]{6}\\+WenQuanYi.*"))
        .allMatch(f -> f.matches("[A-Z]{6}\\+.*"));
    assertThat(pdf.length).isLessThan(500_000);
    assertThat(VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_A)).isEmpty();
  }
}
