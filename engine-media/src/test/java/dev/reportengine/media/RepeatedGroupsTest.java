package dev.reportengine.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.RepeatedGroups;
import org.junit.jupiter.api.Test;

/**
 * No static pattern of the importers repeats a group without bound ({@link RepeatedGroups}): a
 * transcript line or language tag repeating such a group's words overflows the importing thread's
 * stack.
 */
class RepeatedGroupsTest {

  @Test
  void noPatternRepeatsAGroupWithoutBound() {
    RepeatedGroups.Scan scan = RepeatedGroups.inModule(TranscriptFormats.class);

    assertThat(scan.patterns()).as("static patterns found").isGreaterThan(5);
    assertThat(scan.unbounded()).isEmpty();
  }
}
