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

  @Test
  void childAndIndexSpellThePointerAndTheLabelWhenAsked() {
    Pointer range = Pointer.ROOT.child("target").child("timerange").child("start_seconds");
    Pointer item = Pointer.ROOT.child("output").child("templateParams").child("a/b~c").index(3);

    assertThat(range.value()).isEqualTo("/target/timerange/start_seconds");
    assertThat(range.label()).isEqualTo("target.timerange.start_seconds");
    assertThat(item.value()).isEqualTo("/output/templateParams/a~1b~0c/3");
    assertThat(item.label()).isEqualTo("output.templateParams.a/b~c[3]");
    assertThat(item).hasToString("/output/templateParams/a~1b~0c/3");
  }

  @Test
  void onlyTheRootIsTheRootEvenUnderAnEmptyMemberName() {
    Pointer empty = Pointer.ROOT.child("");

    assertThat(Pointer.ROOT.isRoot()).isTrue();
    assertThat(Pointer.ROOT.value()).isEmpty();
    assertThat(Pointer.ROOT.label()).isEmpty();
    assertThat(empty.isRoot()).isFalse();
    assertThat(empty.value()).isEqualTo("/");
    assertThat(empty.child("x").label()).isEqualTo("x");
    assertThat(Pointer.ROOT.index(0).label()).isEqualTo("[0]");
  }

  @Test
  void pointersToTheSamePlaceAreEqual() {
    assertThat(Pointer.ROOT.child("media").child("mediaId"))
        .isEqualTo(Pointer.ROOT.child("media").child("mediaId"))
        .hasSameHashCodeAs(Pointer.ROOT.child("media").child("mediaId"))
        .isNotEqualTo(Pointer.ROOT.child("media"));
  }
}
