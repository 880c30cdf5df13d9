package dev.reportengine.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IconsTest {

  @Test
  void coversTheIconNamesTheTemplatesUse() {
    assertThat(Icons.names())
        .contains("clock", "pie-chart", "gauge", "repeat", "help-circle", "type", "user", "quote");
  }

  @Test
  void drawsTheFallbackWhenTheNameIsUnknown() {
    assertThat(Icons.known("no-such-icon")).isFalse();
    assertThat(Icons.svg("no-such-icon", "x")).isEqualTo(Icons.svg(Icons.FALLBACK, "x"));
  }

  @Test
  void escapesTheAlternativeText() {
    assertThat(Icons.svg("clock", "a' onload='x")).contains("alt='a&#39; onload=&#39;x'");
  }
}
