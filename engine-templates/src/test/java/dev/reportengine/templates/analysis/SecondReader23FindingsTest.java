package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Second reader 23: the session's risk rule `exposure` and its decision patterns, probed. */
class SecondReader23FindingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We had forty complaints in January and we're down to three now.",
        "Before the discount it was forty a seat, and now it's down to thirty-two.",
        "We need six drivers for the weekend and we've got eight.",
        "One more thing and we'll wrap up.",
        "One more question and we'll let you go.",
        "Honestly, that's all there is to it, it's a ten-minute job.",
        "We got five out of five on the hygiene inspection.",
        "You can terminate the contract at any time with thirty days' notice.",
        "It's the only app where staff can swap shifts without going to their manager.",
        "If we're not using the seats, we won't pay for them.",
        "We're long overdue a catch-up.",
        "Half four is not ideal for me.",
        "I haven't filled it in yet, I'll do it tonight.",
        "The staff survey is out until the end of the month, so please fill it in.",
        "Our consultant gave us an action plan for the launch.",
        "The thing that worries me least is the install.",
      })
  void takesNoRiskFromTheseSentences(String sentence) {
    assertThat(ItemsTest.kind(sentence, ItemKind.RISK)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The cleaning contract is up for re-tender in October.",
        "They've put us on their risk register.",
        "So you said you'd cover, but we're still one short on Saturday.",
        "If you ask me, we'll be one short on Saturday.",
      })
  void findsTheseRisks(String sentence) {
    assertThat(ItemsTest.kind(sentence, ItemKind.RISK)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Okay, we're moving to item four.",
        "Right, we're switching over to questions now.",
        "So we're hiring because Dan's moving on.",
        "I suppose it is.",
        "Maybe it is.",
        "Sadly it is.",
        "Until we see the numbers, we won't know.",
        "From Monday the builders are in, so parking's going to be tight.",
        "Our finance director resigned with immediate effect last week.",
        "Then we send the invoice out on the Friday.",
        "Then we order more stock from the wholesaler.",
        "Priya stays on until seven most nights, which worries me.",
        "Leave the keys out on my desk and I'll grab them.",
        "I decided at university that I wanted to work in logistics.",
        "Nothing was agreed at the meeting that I know of.",
        "The council suspended the grant until further notice.",
        "At least that's the plan.",
        "That's what we'll do this afternoon, the walkthrough.",
      })
  void takesNoDecisionFromTheseSentences(String sentence) {
    assertThat(ItemsTest.byRules(sentence)).noneMatch(i -> i.kind() == ItemKind.DECISION);
  }
}
