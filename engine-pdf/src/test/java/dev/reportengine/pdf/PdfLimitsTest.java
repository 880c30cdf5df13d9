package dev.reportengine.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.core.MediaSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Size bounds: long transcripts and long lists give a bounded PDF with a note, or a clear error.
 */
class PdfLimitsTest {

  /** Ten hours, twelve speakers, an utterance every four seconds. */
  private static Media tenHours() {
    List<Entity> people = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      people.add(Entity.of("p" + p, "Person " + p));
    }
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < 9_000; i++) {
      String who = "p" + (i % 2 == 0 ? 0 : 1 + i % 11);
      utterances.add(
          Utterance.of(
              who,
              i * 4.0,
              i * 4.0 + 3.2,
              "Point " + i + " about the delivery plan, is it ready?"));
    }
    return new Media(
        "ten-hours", 36_000, Optional.empty(), Optional.of("en"), people, utterances, List.of());
  }

  @Test
  void boundsTheChartsAndSaysSoWhenTheTranscriptIsTenHoursLong() throws Exception {
    Media media = tenHours();
    Report report =
        Samples.report(MediaSources.inMemory(List.of(media)), "ten-hours", TargetSpec.dominant());
    PdfRenderer renderer = PdfRenderer.create();
    PdfInput input = PdfInput.of(report, media);

    String html = renderer.html(input);
    byte[] pdf = renderer.render(input);

    Matcher rows = Pattern.compile("<div class=\"tl-row\">(.*?)</div></div>").matcher(html);
    int rowCount = 0;
    while (rows.find()) {
      rowCount++;
      assertThat(count(rows.group(1), "tl-seg")).isLessThanOrEqualTo(400);
    }
    assertThat(rowCount).isEqualTo(8);
    String text = PdfDocs.flatText(pdf);
    assertThat(text)
        .contains("Others (5)", "summed as Others", "Pauses shorter than the drawing")
        .contains("10 h");
    assertThat(PdfDocs.pages(pdf)).isBetween(2, 8);
  }

  @Test
  void showsTheFirstBlocksAndCountsTheRestWhenASectionIsLong() throws Exception {
    List<Block> many = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      many.add(Block.Text.of("Line " + i));
    }
    Report report =
        Reports.withSections(
            Samples.input(Samples.EXAMPLES.get(2)).report(),
            List.of(new Section("Long", new SectionContent.Blocks(many))));
    PdfRenderer renderer =
        PdfRenderer.builder()
            .limits(new PdfLimits(2_000_000, 20, 30, 4_000, 20_000, 8, 400))
            .build();

    String text = PdfDocs.flatText(renderer.render(PdfInput.of(report)));

    assertThat(text).contains("Line 29", "Showing the first 30 of 5000 items.");
    assertThat(text).doesNotContain("Line 30 ");
  }

  @Test
  void cutsALongTextWithAnEllipsis() throws Exception {
    Report report =
        Reports.withSections(
            Samples.input(Samples.EXAMPLES.get(2)).report(),
            List.of(new Section("Long", Block.Text.of("word ".repeat(2_000) + "END"))));
    PdfRenderer renderer =
        PdfRenderer.builder().limits(new PdfLimits(2_000_000, 20, 30, 500, 20_000, 8, 400)).build();

    String text = PdfDocs.flatText(renderer.render(PdfInput.of(report)));

    assertThat(text).contains("word word\u2026").doesNotContain("END");
  }

  @Test
  void shortensThePdfAndSaysSoWhenTheReportHoldsTooMuchText() throws Exception {
    Report report =
        Reports.withSections(
            Samples.input(Samples.EXAMPLES.get(2)).report(),
            List.of(
                new Section("First", Block.Text.of("The first section fits.")),
                new Section(
                    "Second",
                    new SectionContent.Blocks(
                        List.of(
                            Block.Text.of("The second section starts."),
                            Block.Text.of("filler ".repeat(400) + "SECOND-END")))),
                new Section("Third", Block.Text.of("THIRD-SECTION is left out."))));
    PdfRenderer renderer =
        PdfRenderer.builder().limits(new PdfLimits(1_500, 20, 30, 4_000, 20_000, 8, 400)).build();

    String text = PdfDocs.flatText(renderer.render(PdfInput.of(report)));

    assertThat(text)
        .contains("This PDF is shortened")
        .contains("more than this PDF's limit of 1500")
        .contains("the full report is in JSON and Markdown")
        .contains("The first section fits.", "The second section starts.")
        .doesNotContain("SECOND-END", "THIRD-SECTION");
  }

  @Test
  void failsNamingTheLimitWhenTheLayoutHasTooManyPages() {
    Report report = Samples.input(Samples.EXAMPLES.get(0)).report();
    PdfRenderer renderer =
        PdfRenderer.builder()
            .limits(new PdfLimits(2_000_000, 1, 200, 4_000, 20_000, 8, 400))
            .build();

    assertThatThrownBy(() -> renderer.render(PdfInput.of(report)))
        .isInstanceOf(PdfRenderException.class)
        .hasMessageMatching("report \\[.*] lays out to \\d+ pages, more than maxPages 1");
  }

  @Test
  void refusesABoundBelowOne() {
    assertThatThrownBy(() -> new PdfLimits(1, 0, 1, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPages must be at least 1, got 0");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
