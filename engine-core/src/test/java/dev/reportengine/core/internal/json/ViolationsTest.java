package dev.reportengine.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void doesKeepAllWhenAtLimit() {
    Violations violations = new Violations();
    for (int i = 0; i < Violations.LIMIT; i++) {
      violations.add(Pointer.ROOT.child("f" + i), ViolationCode.UNKNOWN_FIELD, "m");
    }

    assertThat(violations.toList())
        .hasSize(Violations.LIMIT)
        .extracting(Violation::code)
        .doesNotContain("too_many_violations");
  }

  @Test
  void doesSummarizeTheRestWhenOverLimit() {
    Violations violations = new Violations();
    for (int i = 0; i < Violations.LIMIT + 1; i++) {
      violations.add(Pointer.ROOT.child("f" + i), ViolationCode.UNKNOWN_FIELD, "m");
    }

    List<Violation> list = violations.toList();

    assertThat(list).hasSize(Violations.LIMIT);
    assertThat(list.get(Violations.LIMIT - 2).pointer()).isEqualTo("/f98");
    assertThat(list.get(Violations.LIMIT - 1))
        .isEqualTo(
            new Violation(
                "",
                "too_many_violations",
                "2 more violations were not listed; at most 100 are reported"));
  }
}
