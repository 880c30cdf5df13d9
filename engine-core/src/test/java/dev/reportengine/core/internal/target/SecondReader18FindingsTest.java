package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second reader's findings on the eighteenth session's name inference and hint rules (commits
 * 3b08457, b5b8cbe, 15a4d45, 88ca613): each test states what should happen and fails on the code as
 * the session left it.
 */
class SecondReader18FindingsTest {

  private static List<String> names(String... turns) {
    return SecondReaderHintFindingsTest.names(turns);
  }

  // F1 (15a4d45, SpeakerNames.NAMED_OPENER "NAME, yes. Hello"): an interviewer who reads out the
  // candidate's name and then greets her by it ("Hello, Hannah") is taken for Hannah; before the
  // commit the candidate was named and the interviewer kept "Dev".
  @Test
  void aNameConfirmedAndThenGreetedByItsFirstNameIsTheListenersNotTheSpeakers() {
    assertThat(
            names(
                "1::Hi, I'm here for the ten o'clock interview.",
                "0::Hannah Kowalczyk, yes. Hello, Hannah, come on in. I'm Dev.",
                "1::Thanks, Dev.",
                "0::Take a seat."))
        .containsExactly("speaker-0=Dev", "speaker-1=Hannah Kowalczyk");
    assertThat(
            names(
                "1::Hi, I'm here for the ten o'clock interview.",
                "0::Hannah Kowalczyk, yes. Hi Hannah, come on in.",
                "1::Thanks.",
                "0::So, tell me about yourself."))
        .doesNotContain("speaker-0=Hannah Kowalczyk");
  }

  // F2 (15a4d45, SpeakerNames.FORWARD "are you NAME?"): any capitalised word after "are you" is
  // taken for the listener's name, so a nationality or a company becomes a speaker's name.
  @Test
  void aQuestionWhetherTheListenerIsANationalityOrACompanyNamesNobody() {
    assertThat(
            names(
                "0::I love your accent. Are you Scottish?",
                "1::Yes, from Dundee originally.",
                "0::Lovely city."))
        .isEmpty();
    assertThat(names("0::Hi, are you Halden Foods?", "1::Yes, that's us.", "0::Great.")).isEmpty();
  }

  // F3 (15a4d45, SpeakerNames.FORWARD): "You must be Hannah?" addresses the next speaker, but the
  // far more usual statement "You must be Hannah." (or "!") addresses nobody.
  @Test
  void youMustBeHannahSaidAsAStatementAddressesTheNextSpeakerLikeTheQuestion() {
    assertThat(names("0::Hi, you must be Hannah?", "1::Yes, hi.", "0::Great, come in."))
        .containsExactly("speaker-1=Hannah");
    assertThat(names("0::Hi, you must be Hannah.", "1::Yes, hi.", "0::Great, come in."))
        .containsExactly("speaker-1=Hannah");
    assertThat(names("0::Hi, you must be Hannah!", "1::Yes, hi.", "0::Great, come in."))
        .containsExactly("speaker-1=Hannah");
  }

  // F4 (3b08457 claims linear time): SpeakerNames.infer still reads the whole text before every
  // "this is" with String.matches("(?is).*\\band\\s+$") (SpeakerNames.java:611) whenever the match
  // does not present someone else; "this is Tom " (LongTurnsTest has it only with a comma) takes
  // 7 s at 120,000 characters and 27 s at 240,000, where the other phrases take about 1 s.
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readsALongTurnRepeatingThisIsWithoutACommaInLinearTime() {
    String phrase = "this is Tom ";
    Media media =
        TestMedia.named("m")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says("s0", 0, 5, phrase.repeat(240_000 / phrase.length()))
            .says("s1", 5, 10, "Yes, go ahead.")
            .build();
    assertThat(SpeakerNames.infer(media)).isNotNull();
  }

  // F5 (b5b8cbe, AbsentPersonRule.BEFORE): the new "a post and a comma" alternative is
  // case-sensitive, so it misses the post when it opens the sentence ("Our ...", "The ...").
  @Test
  void aNameAfterAPostAndACommaIsAPersonAlsoAtTheStartOfASentence() {
    for (String sentence :
        List.of(
            "I run nights. Our centre manager, Bryony, does the rota.",
            "I run nights. The centre manager, Bryony, does the rota.")) {
      Media call =
          TestMedia.named("p")
              .entity("ana", "Ana Ruiz")
              .entity("ben", "Ben Okoro")
              .says("ana", 0, 5, "Tell me about your current role.")
              .says("ben", 6, 9, sentence)
              .build();
      RuleResult bryony = apply(new AbsentPersonRule(), call, "Bryony");
      assertThat(bryony.conclusive()).as(sentence).isTrue();
      assertThat(bryony.scored()).as(sentence).isEmpty();
    }
  }

  private static Media supervisorCall(String third) {
    return TestMedia.named("m")
        .entity("janine", "Janine Robb")
        .entity("tomasz", "Tomasz Nowak")
        .entity("cand", "Adaeze")
        .says("janine", 0, 9, "Morning, thanks for coming in. Tell me about your current role.")
        .says(
            "cand",
            10,
            19,
            "I was made supervisor in March. As supervisor I run every handover on the shop floor.")
        .says("tomasz", 20, 29, third)
        .says("cand", 30, 32, "Sounds good.")
        .build();
  }

  // F6 (b5b8cbe, TopicRule.apply): the post's noun is dropped whenever anything else is left, even
  // when what is left is only a modifier TopicRule.MODIFIERS says a call never says of the post
  // ("the current GM" is said "the GM"). "the new supervisor" becomes the query [new] and the
  // cascade finds, at 0.9, whoever said "new tills" (before: a miss); "the current supervisor"
  // goes from the supervisor to whoever said "the current tills". Fixed: a post narrowed only by a
  // modifier is no topic at all (keeping the noun instead lost two absent posts, "the current
  // supervisor" and "the new treasurer", on the development calls; the cascade then misses the
  // self-described supervisor here, since "current" halves the self-description's match).
  @Test
  void aPostNarrowedOnlyByAModifierIsNoTopicOfWhoeverSaysTheModifier() {
    RuleResult newOne =
        apply(
            new TopicRule(),
            supervisorCall(
                "Right. We've got new tills, a new rota and a new loyalty scheme coming this year."),
            "the new supervisor");
    assertThat(newOne.scored())
        .noneMatch(s -> s.entity().id().equals("tomasz") && s.score() >= 0.5);

    RuleResult current =
        apply(
            new TopicRule(),
            supervisorCall("Right. The current tills and the current rota both need replacing."),
            "the current supervisor");
    assertThat(current.scored()).noneMatch(s -> s.entity().id().equals("tomasz"));
  }

  // F7 (88ca613, TopicRule.REQUEST after a comma): reported speech ("and said, explain the budget
  // to me") is now taken for a request the speaker makes, so a candidate's story counts as asking
  // about the budget and "whoever asked about the budget" goes from the panel (found) to a miss.
  @Test
  void anImperativeInReportedSpeechIsNoRequestOfTheSpeaker() {
    Media call =
        TestMedia.named("b")
            .entity("panel", "Speaker 0")
            .entity("cand", "Speaker 1")
            .says(
                "panel",
                0,
                9,
                "Thanks for coming in. How did you keep on top of the budget at Marlow?")
            .says(
                "cand",
                10,
                29,
                "Every Monday my director rang me and said, explain the budget to me line by line."
                    + " So I built a budget tracker and sent it to her before she could ask.")
            .says("panel", 30, 32, "Great, thanks.")
            .build();
    assertThat(ids(apply(new TopicRule(), call, "whoever asked about the budget")))
        .containsExactly("panel");
  }
}
