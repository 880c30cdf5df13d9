package dev.reportengine.pdf.internal;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.ReportMedia;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.pdf.PdfInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small report that uses every part of the layout (charts, cards, grids, texts, illustrations,
 * JSON; Latin, Greek and Cyrillic text), rendered to warm the renderer up.
 */
public final class WarmUpSample {

  private WarmUpSample() {}

  /** The sample. */
  public static PdfInput input() {
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      utterances.add(Utterance.of("s" + i % 3, i * 10, i * 10 + 7, "Warm-up " + i));
    }
    Media media =
        new Media(
            "warm-up",
            300,
            Optional.empty(),
            Optional.of("en"),
            List.of(Entity.of("s0", "Anna"), Entity.of("s1", "Ελένη"), Entity.of("s2", "Иван")),
            utterances,
            List.of());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Card("clock", "Talk time", "1 min 10 s"));
    blocks.add(
        new Block.Grid(
            3,
            List.of(
                new Block.Card("user", "Anna", "1 min"),
                new Block.Card("pie-chart", "Share", "33%"),
                new Block.Card("quote", "Quotes", "2"))));
    blocks.add(Block.Text.of("00:10", "Warm-up text, \u03b1\u03b2\u03b3, \u0430\u0431\u0432."));
    for (Block.IllustrationVariant v : Block.IllustrationVariant.values()) {
      blocks.add(new Block.Illustration(v));
    }
    Report report =
        Report.builder()
            .id("warm-up")
            .createdAt(Instant.EPOCH)
            .label("Warm-up")
            .summary("A warm-up report.")
            .media(new ReportMedia(Optional.empty(), Optional.of("warm-up")))
            .template(Template.GENERAL_REPORT)
            .entity(new ReportEntity("s0", Optional.of("Anna")))
            .sections(
                List.of(
                    new Section("Blocks", new SectionContent.Blocks(blocks)),
                    new Section(
                        "JSON",
                        new SectionContent.FreeJson(
                            JsonValue.JsonObject.builder().put("warm", true).build()))))
            .build();
    return PdfInput.of(report, media);
  }
}
