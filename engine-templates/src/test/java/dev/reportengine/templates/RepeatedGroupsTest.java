package dev.reportengine.templates;

import static dev.reportengine.media.testing.RepeatedGroups.unboundedGroups;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.RepeatedGroups;
import dev.reportengine.templates.analysis.Items;
import org.junit.jupiter.api.Test;

/**
 * No pattern of the templates repeats a group without bound ({@link RepeatedGroups}): neither a
 * static {@link java.util.regex.Pattern} of the module's classes nor a line of the lexicons, where
 * the item rules are written. A sentence repeating such a group's words overflows the worker's
 * stack.
 */
class RepeatedGroupsTest {

  @Test
  void noPatternRepeatsAGroupWithoutBound() {
    RepeatedGroups.Scan scan = RepeatedGroups.inModule(Items.class);

    assertThat(scan.patterns()).as("static patterns found").isGreaterThan(50);
    assertThat(scan.unbounded()).isEmpty();
  }

  @Test
  void findsUnboundedGroupsOnly() {
    assertThat(unboundedGroups("i (just |really )+try")).containsExactly("(just |really )+");
    assertThat(unboundedGroups("^(?:\\p{Punct}|\\s)*x")).containsExactly("(?:\\p{Punct}|\\s)*");
    assertThat(unboundedGroups("a(b(c|d){2,}e)")).containsExactly("(c|d){2,}");
    assertThat(unboundedGroups("(?:a|b)*+ (a|b){0,6} (a|b)? [)*] \\)* x*")).isEmpty();
  }
}
