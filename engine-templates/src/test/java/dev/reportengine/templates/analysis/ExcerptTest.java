package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void quotedKeepsTextWhenWithinTheCap() {
    String text = "x".repeat(Excerpt.MAX_QUOTE_CHARS);

    assertThat(Excerpt.quoted(text)).isEqualTo(text);
  }

  @Test
  void quotedCutsAtTheLastWordBoundaryWithAnEllipsisWhenLonger() {
    String text = "word ".repeat(100).strip();

    String quoted = Excerpt.quoted(text);

    assertThat(quoted)
        .endsWith("word \u2026")
        .hasSizeLessThanOrEqualTo(Excerpt.MAX_QUOTE_CHARS + 2);
    assertThat(text).startsWith(quoted.substring(0, quoted.length() - 2));
  }

  @Test
  void quotedCutsInsideAWordWhenThereIsNoBoundaryNearTheCap() {
    String text = "a " + "b".repeat(10_000);

    assertThat(Excerpt.quoted(text)).isEqualTo("a " + "b".repeat(298) + " \u2026");
  }

  @Test
  void quotedNeverSplitsASurrogatePair() {
    String text = "x".repeat(Excerpt.MAX_QUOTE_CHARS - 1) + "\uD83D\uDE00" + "y".repeat(50);

    assertThat(Excerpt.quoted(text)).isEqualTo("x".repeat(Excerpt.MAX_QUOTE_CHARS - 1) + " \u2026");
  }
}
