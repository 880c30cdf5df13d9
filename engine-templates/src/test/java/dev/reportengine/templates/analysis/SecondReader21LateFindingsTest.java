package dev.reportengine.templates.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Second reader 21, late changes: the hypothetical offer filter, Prompts.SMALL_TALK's journey,
 * building and drinks questions, and Items.TOLD in a narrated answer (93baf51..HEAD).
 */
class SecondReader21LateFindingsTest {

  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  private static List<Item> decisions(String question, String answer) {
    Media media =
        MediaBuilder.conversation()
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 4, question)
            .says("ben", 5, 40, answer)
            .build();
    return Items.of(media, EN, Optional.empty(), CancellationToken.NONE).stream()
        .filter(i -> i.kind() == ItemKind.DECISION)
        .toList();
  }

  // L5: SMALL_TALK's journey/building/drinks alternatives are unanchored and match real interview
  // questions about career, security, working pattern and the trade itself
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Did you come from a retail background before this role?",
        "Did you come up from the shop floor, then?",
        "Did you come across from the council, or were you already at the trust?",
        "Did you come in over budget on the Leeds project?",
        "Tell me about a time a roadworks scheme you ran went over budget.",
        "How would you deal with a contractor who turns up without a visitor pass?",
        "How many days a week are you in the office in your current role?",
        "Do you work best somewhere quiet or in a busy open-plan office?",
        "Have you worked on water or wastewater networks before?",
        "How would you handle a customer who says their coffee or food came out cold?",
      })
  void takesARealInterviewQuestionForAPrompt(String sentence) {
    assertThat(Prompts.isPrompt(sentence)).isTrue();
  }

  /** A meeting update of three sentences narrating the past, before its last sentence. */
  private static final String UPDATE =
      "Good progress this month. We visited both sites last week and we measured the loading"
          + " bays. The landlord in Leeds came back to us on Tuesday with a better rent. ";

  // L6: TOLD's lookbehind excludes only "'ve/have/has/'s " right before the verb, so a standing
  // decision with an adverb or "all" between ("we've all agreed", "we've finally decided", "it's
  // been agreed") is read as told in the past and dropped from a narrated update; the control: the
  // same sentence answered in short is a decision too
  @ParameterizedTest
  @ValueSource(
      strings = {
        "So we've all agreed to move the depot to Leeds in May.",
        "So we've finally decided to move the depot to Leeds in May.",
        "So it's been agreed that we move the depot to Leeds in May.",
        "So we have now agreed to move the depot to Leeds in May.",
      })
  void keepsAStandingDecisionInANarratedUpdateAsInAShortAnswer(String decision) {
    assertThat(decisions("Where are we on the depot move?", UPDATE + decision))
        .extracting(i -> i.quote().text())
        .containsExactly(decision);
    assertThat(decisions("Where are we on the depot move?", "Good progress. " + decision))
        .extracting(i -> i.quote().text())
        .containsExactly(decision);
  }

  // L7: the narrated rule is not limited to stories asked for: a meeting update that reports a
  // decision made since the last meeting ("the board approved") loses it
  @Test
  void keepsADecisionReportedInAMeetingUpdate() {
    String decision = "On Tuesday the board approved the Leeds site, so we move in May.";
    assertThat(decisions("Ruth, any update on the depot move?", UPDATE + decision))
        .extracting(i -> i.quote().text())
        .containsExactly(decision);
  }

  // L8: the new hypothetical alternative takes any "if you book/order/pay ..., I'll ..." for an
  // offer on a buyer's condition, also a split of work between colleagues
  @ParameterizedTest
  @ValueSource(
      strings = {
        "So if you book the meeting room for Thursday, I'll send the invite round.",
        "Okay, if you order the pumps today, I'll pick them up from the depot on Monday.",
      })
  void takesASplitOfWorkBetweenColleaguesAsANextStep(String sentence) {
    assertThat(ItemsTest.items(sentence).stream().filter(Item::isStep)).isNotEmpty();
  }

  // L6 control: "we've agreed" right before the verb is kept in the same narrated update
  @Test
  void keepsWeveAgreedInANarratedUpdate() {
    String decision = "So we've agreed to move the depot to Leeds in May.";
    String update =
        "Good progress this month. We visited both sites last week and we measured the loading"
            + " bays. The landlord in Leeds came back to us on Tuesday with a better rent. "
            + decision;
    assertThat(decisions("Where are we on the depot move?", update))
        .extracting(i -> i.quote().text())
        .containsExactly(decision);
  }

  // L7 control: the board's decision in a short update is a decision
  @Test
  void takesADecisionReportedInAShortUpdate() {
    String decision = "On Tuesday the board approved the Leeds site, so we move in May.";
    assertThat(decisions("Ruth, any update on the depot move?", "Good progress. " + decision))
        .extracting(i -> i.quote().text())
        .containsExactly(decision);
  }

  // L8 control: without the "if you" clause the step is found
  @ParameterizedTest
  @ValueSource(
      strings = {
        "So I'll send the invite round for Thursday.",
        "Okay, I'll pick them up from the depot on Monday."
      })
  void takesTheStepWithoutTheCondition(String sentence) {
    assertThat(ItemsTest.items(sentence).stream().filter(Item::isStep)).isNotEmpty();
  }
}
