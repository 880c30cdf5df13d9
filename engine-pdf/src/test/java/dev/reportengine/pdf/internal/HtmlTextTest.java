package dev.reportengine.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void escapesMarkupCharacters() {
    assertThat(HtmlText.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void replacesCharactersXmlForbidsAndKeepsSupplementaryOnes() {
    assertThat(HtmlText.escape("a\u0000b\u001Fc\uFFFEd\uD83D\uDE00\ud800"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00\uFFFD");
  }

  @Test
  void keepsTabsAndLineBreaks() {
    assertThat(HtmlText.escape("a\tb\nc\r")).isEqualTo("a\tb\nc\r");
  }
}
