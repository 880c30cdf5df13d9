package dev.reportengine.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.Hostile;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {

  private static final Parser PARSER = Parser.builder().build();

  static List<String> hostile() {
    return Hostile.strings();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void escape_rendersAsExactlyTheFlattenedTextInOneParagraph(String text) {
    String markdown = MarkdownText.escape(text);
    List<Class<?>> kinds = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              protected void visitChildren(Node parent) {
                kinds.add(parent.getClass());
                if (parent instanceof Text t) {
                  literal.append(t.getLiteral());
                }
                super.visitChildren(parent);
              }
            });

    assertThat(markdown).doesNotContain("\n", "\r", "\t");
    if (MarkdownText.flatten(text).isEmpty()) {
      assertThat(kinds).containsOnly(Document.class);
    } else {
      assertThat(kinds).containsOnly(Document.class, Paragraph.class, Text.class);
      assertThat(literal).hasToString(MarkdownText.flatten(text));
    }
  }

  @Test
  void escape_defusesBareUrlsAndAddressesForGfm() {
    assertThat(MarkdownText.escape("http://x.org www.y.org a@b.c"))
        .isEqualTo("http\\://x.org www\\.y.org a\\@b.c");
  }

  @Test
  void escape_neutralizesBlockStartsOnlyAtTheStart() {
    assertThat(MarkdownText.escape("- a - b")).isEqualTo("\\- a - b");
    assertThat(MarkdownText.escape("12. a 3. b")).isEqualTo("12\\. a 3. b");
    assertThat(MarkdownText.escape("> a > b")).isEqualTo("&gt; a &gt; b");
  }

  @Test
  void flatten_turnsBreaksTabsAndRunsOfSpaceIntoOneSpace() {
    assertThat(MarkdownText.flatten("  a\r\n\tb \u2028 c\u00a0 ")).isEqualTo("a b c");
  }
}
