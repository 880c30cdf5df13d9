package dev.reportengine.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.core.Hostile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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
  void escapeRendersAsExactlyTheFlattenedTextInOneParagraph(String text) {
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
  void escapeDefusesBareUrlsAndAddressesForGfm() {
    assertThat(MarkdownText.escape("http://x.org www.y.org a@b.c"))
        .isEqualTo("http\\://x.org www\\.y.org a\\@b.c");
  }

  @Test
  void escapeNeutralizesBlockStartsOnlyAtTheStart() {
    assertThat(MarkdownText.escape("- a - b")).isEqualTo("\\- a - b");
    assertThat(MarkdownText.escape("12. a 3. b")).isEqualTo("12\\. a 3. b");
    assertThat(MarkdownText.escape("> a > b")).isEqualTo("&gt; a &gt; b");
  }

  @Test
  void flattenTurnsBreaksTabsAndRunsOfSpaceIntoOneSpace() {
    assertThat(MarkdownText.flatten("  a\r\n\tb \u2028 c\u00a0 ")).isEqualTo("a b c");
  }

  /** The steps flatten once took, each a pass of its own: the reference for the one-pass loop. */
  private static String flattenInSteps(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      visible.append(dev.reportengine.api.json.JsonText.isBidiControl(c) ? '\uFFFD' : c);
    }
    String broken = Pattern.compile("[\\p{Cc}\\u2028\\u2029]").matcher(visible).replaceAll(" ");
    return Pattern.compile("(?U)\\s+").matcher(broken).replaceAll(" ").strip();
  }

  @Test
  void flattenEqualsTheStepByStepDefinitionForEveryBmpCharacterAnywhere() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      for (String text : List.of(ch, "a" + ch + "b", " " + ch + " x" + ch + ch, "x " + ch)) {
        assertThat(MarkdownText.flatten(text))
            .as("U+%04X in [%s]", c, text)
            .isEqualTo(flattenInSteps(text));
      }
    }
  }

  @Test
  void flattenEqualsTheStepByStepDefinitionOnRandomMixes() {
    char[] alphabet = {
      'a', 'Z', ' ', '\t', '\n', '\r', '\u000b', '\u0000', '\u007f', '\u0085', '\u00a0', '\u2007',
      '\u202f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u3000',
      '\ufeff', '\ud83d', '\ude00', '1', '.', '-'
    };
    Random random = new Random(14);
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(MarkdownText.flatten(s)).as("[%s]", s).isEqualTo(flattenInSteps(s));
      if (n < 200) { // the hostile strings are long: mixed with the first 200 only
        for (String hostile : Hostile.strings()) {
          String mixed = s + hostile + s;
          assertThat(MarkdownText.flatten(mixed)).isEqualTo(flattenInSteps(mixed));
        }
      }
    }
  }

  /**
   * The character-by-character escaping that {@link MarkdownText#escape} did before it copied runs
   * of plain text in one append and skipped flattening flat texts: the reference for both.
   */
  private static String escapeOneByOne(String text) {
    String flat = flattenInSteps(text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '@' -> out.append('\\').append(c);
        case ':' -> out.append(flat.startsWith("//", i + 1) ? "\\:" : ":");
        case '.' ->
            out.append(i >= 3 && flat.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
        default -> out.append(c);
      }
    }
    if (out.length() > 0 && (out.charAt(0) == '-' || out.charAt(0) == '+')) {
      out.insert(0, '\\');
    }
    return Pattern.compile("^(\\d{1,9})([.)])").matcher(out).replaceFirst("$1\\\\$2");
  }

  @Test
  void escapeEqualsTheOneByOneEscapingOnEveryBmpCharacterAndOnRandomMixes() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      for (String text : List.of(ch, "a" + ch + "b", "ww" + ch + ".x", "x " + ch + "//")) {
        assertThat(MarkdownText.escape(text))
            .as("U+%04X in [%s]", c, text)
            .isEqualTo(escapeOneByOne(text));
      }
    }
    char[] alphabet = {
      'a', 'w', 'W', ' ', ' ', '\t', '\n', '\u00a0', '\u202e', '\u2014', '.', ':', '/', '<', '>',
      '&', '\\', '`', '*', '_', '[', ']', '#', '|', '~', '@', '-', '+', '1', '9', ')', '!', '('
    };
    Random random = new Random(3);
    for (int n = 0; n < 50_000; n++) {
      char[] text = new char[random.nextInt(16)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(MarkdownText.escape(s)).as("[%s]", s).isEqualTo(escapeOneByOne(s));
    }
    for (String hostile : Hostile.strings()) {
      assertThat(MarkdownText.escape(hostile)).isEqualTo(escapeOneByOne(hostile));
    }
  }
}
