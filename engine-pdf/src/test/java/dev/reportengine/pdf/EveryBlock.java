package dev.reportengine.pdf;

import dev.reportengine.api.Block;
import dev.reportengine.api.Report;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonValue;
import java.util.List;

/** A real report with one more section holding every block kind, and its media. */
final class EveryBlock {

  private EveryBlock() {}

  static final List<Block> BLOCKS =
      List.of(
          new Block.Card("target", "Goal", "Ship the pilot"),
          new Block.Card("no-such-icon", "Unknown icon", "drawn as info"),
          Block.Text.of("Plain text without title"),
          new Block.Grid(
              4,
              List.of(
                  new Block.Card("star", "One", "1"),
                  new Block.Card("zap", "Two", "2"),
                  new Block.Card("flag", "Three", "3"),
                  new Block.Card("award", "Four", "4"),
                  new Block.Card("mic", "Five", "5"))),
          new Block.Illustration(Block.IllustrationVariant.CONVERSATION),
          new Block.Illustration(Block.IllustrationVariant.GROWTH),
          new Block.Illustration(Block.IllustrationVariant.CONNECTION),
          new Block.Illustration(Block.IllustrationVariant.ANALYSIS));

  static PdfInput input() {
    PdfInput base = Samples.input(Samples.EXAMPLES.get(2));
    Report report = base.report();
    List<Section> sections = new java.util.ArrayList<>(report.sections().orElseThrow());
    sections.add(new Section("Every block", new SectionContent.Blocks(BLOCKS)));
    sections.add(
        new Section(
            "Free JSON",
            new SectionContent.FreeJson(
                JsonValue.JsonObject.builder()
                    .put("answer", 42)
                    .put("text", "<b>bold?</b>")
                    .build())));
    return new PdfInput(Reports.withSections(report, sections), base.media());
  }
}
