package dev.reportengine.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerTest {

  @Test
  void doesEscapeTildeBeforeSlashWhenNameHasBoth() {
    Pointer pointer = Pointer.ROOT.child("a/b~c").child("~1").index(2);

    assertThat(pointer.value()).isEqualTo("/a~1b~0c/~01/2");
    assertThat(pointer.label()).isEqualTo("a/b~c.~1[2]");
  }

  @Test
  void doesShortenLabelWhenNameIsHuge() {
    String name = "k".repeat(1000);

    Pointer pointer = Pointer.ROOT.child(name);

    assertThat(pointer.value()).isEqualTo("/" + name);
    assertThat(pointer.label()).hasSizeLessThan(100).endsWith("(1000 chars)");
  }
}
