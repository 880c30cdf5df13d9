package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Block.Card;
import dev.reportengine.api.Block.Grid;
import dev.reportengine.api.Block.Illustration;
import dev.reportengine.api.Block.IllustrationVariant;
import dev.reportengine.api.Block.Text;
import dev.reportengine.api.Report;
import dev.reportengine.api.ReportEntity;
import dev.reportengine.api.Section;
import dev.reportengine.api.SectionContent.Blocks;
import dev.reportengine.api.SectionContent.FreeJson;
import dev.reportengine.api.json.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = MarkdownRenderer.create();

  @Test
  void renderLaysOutTitleMetadataSummaryAndSections() {
    Report report =
        ReportFixtures.report(
            "Discovery call",
            "Maria spoke for 3 min.",
            List.of(
                new Section(
                    "At a glance",
                    new Grid(
                        2,
                        List.of(
                            new Card("clock", "Talk time", "3 min"), new Card("x", "Why?", "7")))),
                new Section(
                    "Questions asked",
                    new Blocks(
                        List.of(
                            new Illustration(IllustrationVariant.ANALYSIS),
                            Text.of("00:12", "What is the budget?"),
                            Text.of("No more questions.")))),
                new Section(
                    "Raw", new FreeJson(JsonObject.builder().put("n", 1).put("s", "a").build()))));

    assertThat(renderer.render(report))
        .isEqualTo(
            """
            # Discovery call

            - Template: general\\_report
            - Entity: Maria Lopez (spk\\_1)
            - Created: 2024-05-01T09:30:00Z

            Maria spoke for 3 min.

            ## At a glance

            - **Talk time:** 3 min
            - **Why?** 7

            ## Questions asked

            **00:12** \u2014 What is the budget?

            No more questions.

            ## Raw

            ```json
            {
              "n": 1,
              "s": "a"
            }
            ```
            """);
  }

  @Test
  void renderFallsBackToReportTitleAndSkipsMissingPartsAndEmptySections() {
    Report report =
        ReportFixtures.report(null, " ", List.of(new Section("Empty", new Blocks(List.of()))));

    assertThat(renderer.render(report))
        .isEqualTo(
            """
            # Report

            - Template: general\\_report
            - Entity: Maria Lopez (spk\\_1)
            - Created: 2024-05-01T09:30:00Z
            """);
  }

  @Test
  void renderMakesEveryHeadingUniqueAndDropsTrailingPunctuation() {
    Report report =
        ReportFixtures.report(
            "Notes",
            null,
            List.of(
                new Section("notes", Text.of("a")),
                new Section("Notes:", Text.of("b")),
                new Section("Notes (2)", Text.of("c")),
                new Section(" !! ", Text.of("d")),
                new Section("Why?", Text.of("e"))));

    assertThat(headings(renderer.render(report)))
        .containsExactly("Notes", "notes (2)", "Notes (3)", "Notes (2) (2)", "Section 4", "Why?");
  }

  @Test
  void renderLeavesOutTheEntityLineWhenTheEntityHasNoReadableId() {
    Report report = ReportFixtures.report("Call", null, List.of());
    Report anonymous = report.toBuilder().entity(new ReportEntity(" ", Optional.empty())).build();

    assertThat(renderer.render(anonymous))
        .isEqualTo("# Call\n\n- Template: general\\_report\n- Created: 2024-05-01T09:30:00Z\n");
  }

  @Test
  void renderIsDeterministic() {
    Report report = ReportFixtures.everyBlockKind("same");

    assertThat(renderer.render(report)).isEqualTo(MarkdownRenderer.create().render(report));
  }

  @Test
  void renderEndsWithOneNewlineAndHasNoBlankRunsTabsOrTrailingSpaces() {
    String markdown = renderer.render(ReportFixtures.everyBlockKind("tab\there  \r\n\r\nx"));

    assertThat(markdown)
        .endsWith("\n")
        .doesNotEndWith("\n\n")
        .doesNotContain("\n\n\n", "\t", " \n");
  }

  @Test
  void renderNeutralisesControlAndBidiCharactersInEveryText() {
    String hostile =
        "evil\u202Egnp.exe \u001B[31mred \u0085next \u2066iso\u2069 \u200Fmark\u007F \u061C";

    String markdown = renderer.render(ReportFixtures.everyBlockKind(hostile));

    assertThat(markdown.codePoints().filter(MarkdownRendererTest::isUnsafe).toArray()).isEmpty();
    assertThat(markdown).contains("evil\uFFFDgnp.exe", "\\u202e", "\u200Fmark");
  }

  /** C0 controls but the newline, DEL, C1 controls, bidirectional embeddings and overrides. */
  static boolean isUnsafe(int cp) {
    return (cp < 0x20 && cp != '\n')
        || (cp >= 0x7F && cp <= 0x9F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  static List<String> hostile() {
    return Hostile.strings();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void renderNeverTurnsReportTextIntoMarkup(String hostile) {
    Document document =
        (Document)
            Parser.builder().build().parse(renderer.render(ReportFixtures.everyBlockKind(hostile)));
    List<String> unexpected = new ArrayList<>();
    List<Integer> headingLevels = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node node) {
            if (node instanceof Heading h) {
              headingLevels.add(h.getLevel());
            } else if (node instanceof StrongEmphasis && node.getPrevious() != null) {
              unexpected.add("strong emphasis not at the start of its paragraph");
            } else if (node instanceof FencedCodeBlock f && !f.getInfo().equals("json")) {
              unexpected.add("code block " + f.getInfo());
            } else if (!(node instanceof Document
                || node instanceof Paragraph
                || node instanceof org.commonmark.node.Text
                || node instanceof BulletList
                || node instanceof ListItem
                || node instanceof StrongEmphasis
                || node instanceof FencedCodeBlock)) {
              unexpected.add(node.getClass().getSimpleName());
            }
            super.visitChildren(node);
          }
        });

    assertThat(unexpected).isEmpty();
    // The illustration-only section renders nothing, so it has no heading; nor has the section
    // whose only text is the hostile string when that string is empty.
    List<Integer> expected = hostile.isBlank() ? List.of(1, 2, 2, 2, 2) : List.of(1, 2, 2, 2, 2, 2);
    assertThat(headingLevels).containsExactlyElementsOf(expected);
  }

  private static List<String> headings(String markdown) {
    List<String> texts = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
                  text.append(((org.commonmark.node.Text) n).getLiteral());
                }
                texts.add(text.toString());
              }
            });
    return texts;
  }
}
