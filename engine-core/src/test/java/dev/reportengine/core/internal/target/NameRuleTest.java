package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

class NameRuleTest {

  private final NameRule rule = new NameRule();
  private final Media media =
      TestMedia.named("m")
          .entity("e1", "Zoë Dubois")
          .entity("e2", "Zack Dubois")
          .entity("speaker-7", "Guest")
          .says("e1", 0, 1, "hello")
          .says("e2", 1, 2, "hi")
          .says("speaker-7", 2, 3, "hey")
          .build();

  @Test
  void scoresAFullLabelOneIgnoringCaseAndAccents() {
    RuleResult r = apply(rule, media, "the ZOE dubois");
    assertThat(top(r)).isEqualTo("e1");
    assertThat(r.scored().get(0).score()).isEqualTo(1.0);
    assertThat(r.scored().get(0).rule()).isEqualTo("exact_name");
  }

  @Test
  void matchesAnIdWrittenWithSpaces() {
    assertThat(top(apply(rule, media, "speaker 7"))).isEqualTo("speaker-7");
  }

  @Test
  void scoresAUniquePartialNameEightTenths() {
    RuleResult r = apply(rule, media, "Zack");
    assertThat(RuleTesting.ids(r)).containsExactly("e2");
    assertThat(r.scored().get(0).score()).isEqualTo(0.8);
  }

  @Test
  void tiesEntitiesSharingTheOnlyMatchingWord() {
    RuleResult r = apply(rule, media, "Dubois");
    assertThat(r.scored()).extracting(Scored::score).containsExactly(0.8, 0.8);
  }

  @Test
  void doesNotTakeTheOneWhoseColleagueTheHintMeansForTheColleague() {
    assertThat(apply(rule, media, "Zack's colleague").scored()).isEmpty();
    assertThat(apply(rule, media, "Zack’s boss").scored()).isEmpty();
    assertThat(top(apply(rule, media, "Zack from Dubois"))).isEqualTo("e2");
    Media intro =
        TestMedia.named("i")
            .entity("s0", "Speaker 0")
            .entity("s1", "Speaker 1")
            .says("s0", 0, 5, "Morning, it's Nadia Ferreira from Threadline, with my colleague.")
            .says("s1", 6, 9, "Hi, thanks, Nadia.")
            .build();
    assertThat(apply(new SelfIntroductionRule(), intro, "Nadia's colleague").scored()).isEmpty();
    assertThat(apply(new AddressRule(), intro, "Nadia's colleague").scored()).isEmpty();
    assertThat(top(apply(new SelfIntroductionRule(), intro, "Nadia"))).isEqualTo("s0");
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void readsAHostileRunOfLettersInAHintOnceNotOncePerLetter() {
    // quadratic before the word-start lookbehind: 40,000 letters took 4 s, 300,000 would take
    // minutes
    String run = "Z" + "a".repeat(300_000);
    assertThat(HintText.of(run).possessors()).isEmpty();
    assertThat(HintText.of(run + "'s colleague").possessors()).hasSize(1);
  }

  @Test
  void neverMatchesDigitsPartially() {
    assertThat(apply(rule, media, "7 8").scored()).isEmpty();
  }

  @Test
  void matchesALabelOfStopWordsWordForWord() {
    Media single =
        TestMedia.named("m").entity("speaker-a", "Speaker A").says("speaker-a", 0, 1, "hi").build();
    RuleResult r = apply(rule, single, "Speaker A");
    assertThat(top(r)).isEqualTo("speaker-a");
    assertThat(r.scored().get(0).rule()).isEqualTo("exact_name");
  }

  @Test
  void findsNothingForStopWordsThatAreNoLabel() {
    assertThat(apply(rule, media, "the person").scored()).isEmpty();
  }
}
