package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.RepeatedGroups;
import org.junit.jupiter.api.Test;

/**
 * No static pattern of the engine (target resolution, speaker names, validation) repeats a group
 * without bound ({@link RepeatedGroups}): a hint or transcript repeating such a group's words
 * overflows the worker's stack.
 */
class RepeatedGroupsTest {

  @Test
  void noPatternRepeatsAGroupWithoutBound() {
    RepeatedGroups.Scan scan = RepeatedGroups.inModule(ReportEngine.class);

    assertThat(scan.patterns()).as("static patterns found").isGreaterThan(30);
    assertThat(scan.unbounded()).isEmpty();
  }
}
