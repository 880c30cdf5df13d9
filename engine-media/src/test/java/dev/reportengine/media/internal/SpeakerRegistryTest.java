package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerRegistryTest {

  @Test
  void slugFoldsAccentsAndLettersToLowercaseAsciiJoinedByHyphens() {
    assertThat(SpeakerRegistry.slug("  Zoë ĐOKOVIĆ-Œuvre’s, Straße  "))
        .isEqualTo("zoe-dokovic-oeuvre-s-strasse");
  }

  @Test
  void slugIsEmptyForANameWithoutLatinLettersOrDigits() {
    assertThat(SpeakerRegistry.slug("王芳 — ?")).isEmpty();
  }
}
