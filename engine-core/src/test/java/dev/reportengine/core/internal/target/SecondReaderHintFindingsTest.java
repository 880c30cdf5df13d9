package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second reader's findings on the seventeenth session's name and topic rules, fixed: a
 * self-introduction score never above 1, questions about a name name nobody, no name from "I've got
 * Priya's figures here", a caller's "who you spoke to" still introduces them, quoted words and the
 * speaker's own "we" clause stay theirs, and "Tomasz's cousin ..." is nobody's.
 */
class SecondReaderHintFindingsTest {

  /** The names inferred for turns written "0::text" (speaker-0 says text), as "speaker-0=Name". */
  static List<String> names(String... turns) {
    TestMedia b =
        TestMedia.named("m")
            .entity("speaker-0", "Speaker 0")
            .entity("speaker-1", "Speaker 1")
            .entity("speaker-2", "Speaker 2");
    for (int i = 0; i < turns.length; i++) {
      String[] p = turns[i].split("::", 2);
      b = b.says("speaker-" + p[0], i * 10, i * 10 + 9, p[1]);
    }
    return SpeakerNames.infer(b.build()).stream().map(n -> n.entityId() + "=" + n.name()).toList();
  }

  // F1: b008db9 ANYONE_FROM: a company whose name holds one of those words scores above 1 and
  // Scored throws.
  @Test
  void companyNamedWithAnAnyoneFromWordDoesNotCrash() {
    Media m =
        TestMedia.named("m")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says("s0", 0, 5, "Hi Owen, it's Freya Lindley from Contact Energy. Is now still good?")
            .says("s1", 5, 10, "Yes, go ahead.")
            .build();
    assertThatCode(() -> apply(new SelfIntroductionRule(), m, "the Contact Energy rep"))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> HintCascade.standard(HintPolicy.DEFAULTS).resolve(m, "the Contact Energy rep"))
        .doesNotThrowAnyException();
  }

  // F2: 2a27551 THIS_IS: the name/company backtrack past the new tag-question lookahead.
  @Test
  void aCheckOfSomeoneElsesFullNameNamesNobody() {
    assertThat(names("0::Hi there. It's Tom Jones, right?", "1::Yes, that's me.")).isEmpty();
    assertThat(names("0::Hello, this is Maria from Halden, right?", "1::Yes, that's right."))
        .isEmpty();
  }

  // F3: 2a27551 THIS_IS: a comma now ends the question check, so other questions name the asker.
  @Test
  void aQuestionAfterACommaAboutTheNameNamesNobody() {
    assertThat(names("0::Hi there. It's Tom, is that right?", "1::Yes, that's me.")).isEmpty();
    assertThat(names("0::Hi there. It's Tom, correct?", "1::Yes, that's me.")).isEmpty();
    assertThat(names("0::So it's Tom, not Tim, who signs off?", "1::Yes.")).isEmpty();
  }

  // F4: 2a27551 BROUGHT_ALONG: NAME takes a possessive 's; departments and apps are names.
  @Test
  void presentedAsOnTheCallTakesNoPossessiveDepartmentOrApp() {
    assertThat(
            names(
                "0::Morning all. I've got Priya's figures here with me.", "1::Hi, sorry I'm late."))
        .isEmpty();
    assertThat(names("0::Morning all. We've got Legal on the line as well.", "1::Hello everyone."))
        .isEmpty();
    assertThat(names("0::Morning. I've got Excel here with the numbers.", "1::Hi all.")).isEmpty();
  }

  // F5: 883b9f8 OUR_POST "who": a caller saying who they are on the phone is no longer named.
  @Test
  void aCallerWhoSaysWhoTheyAreWithAWhoClauseIsNamed() {
    assertThat(names("0::Hi, this is Maria, who you spoke to at the expo.", "1::Oh yes, hello."))
        .containsExactly("speaker-0=Maria");
  }

  private static List<String> topic(String hint, String sentence) {
    Media m =
        TestMedia.named("m")
            .entity("janine", "Janine Robb")
            .entity("tomasz", "Tomasz Nowak")
            .entity("cand", "Adaeze")
            .says("janine", 0, 9, "Morning, I'm Janine, thanks for coming in.")
            .says("tomasz", 9, 12, "Morning.")
            .says("cand", 12, 20, "Morning, thanks for having me.")
            .says("janine", 20, 30, sentence)
            .says("tomasz", 30, 32, "Right.")
            .says("cand", 32, 34, "Sure.")
            .build();
    return apply(new TopicRule(), m, hint).scored().stream().map(s -> s.entity().id()).toList();
  }

  // F6: 06fd796 segments(): a name in object position or in a quotation takes the speaker's own
  // words that follow ("we decided ...", "we do ... ourselves").
  @Test
  void theSpeakersOwnWeClauseAfterAnObjectNameStaysTheirs() {
    assertThat(
            topic(
                "festival catering in house",
                "We asked Tomasz about it and we decided the festival catering stays in house."))
        .containsExactly("janine");
    assertThat(
            topic(
                "forklift training warehouse",
                "My old boss used to say \"Tomasz never does the forklift training\" so now we do"
                    + " the forklift training ourselves."))
        .containsExactly("janine");
  }

  // F7: 06fd796 / docs: "X's ..." is nobody's mid-sentence but the speaker's at sentence start.
  @Test
  void aPossessiveNameOpeningTheSentenceIsNobodysAsDocumented() {
    assertThat(
            topic(
                "forklift training warehouse",
                "Tomasz's cousin runs the forklift training for the warehouse."))
        .isEmpty();
  }
}
