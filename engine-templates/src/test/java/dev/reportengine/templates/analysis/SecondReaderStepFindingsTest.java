package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second reader's findings on the seventeenth session's next-step rules, fixed: a speaker's own
 * step before "maybe we could" stays theirs, what its proposer arranges is theirs, "while we have
 * stock here" is no in-call step, others' tries are not tentative, "before she goes" is due.
 */
class SecondReaderStepFindingsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // F9 (f2a8fe8): "maybe we could" anywhere in the sentence voids the speaker's own "I'll"
        "I'll send the draft tonight and maybe we could meet on Friday.|ana|on Friday|false",
        "I'll send you the proposal tomorrow, and perhaps we can catch up next week.|ana|next week|true",
        // F10 (f2a8fe8): ARRANGES misses an adverb, and "get" takes group steps
        "Maybe we could just set up a call with Larkspur next week.|ana|next week|false",
        "Maybe we could get together next week and go through the numbers.||next week|false",
        // F11 (c41074a in_call): "while we have <word> here" drops a real step
        "I'll send the quote today while we have stock here.|ana|today|true",
        // F12 (50bd076): "try and"/"try to" of someone else still hedges the speaker's step
        "I'll get two of the dockhands to try and break it on Friday.|ana|on Friday|true",
        "I'll ask Marta to try to book the hall for Friday.|ana|Friday|true",
        // F13 (f2a8fe8 due-phrases): "before (he|she) go" can never match English
        "I'll finish the handover notes before she goes.|ana|before she goes|true",
      })
  void readsOwnerDueAndCommitmentOfTheseSteps(
      String sentence, String owner, String due, boolean committed) {
    Item step = ItemsTest.byRules(sentence).stream().filter(Item::isStep).findFirst().orElseThrow();
    assertThat(step.ownerId()).as("owner").isEqualTo(Optional.ofNullable(owner));
    assertThat(step.due()).as("due").isEqualTo(Optional.ofNullable(due));
    assertThat(step.committed()).as("committed").isEqualTo(committed);
  }
}
