package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

class SelfIntroductionRuleTest {

  private final SelfIntroductionRule rule = new SelfIntroductionRule();

  private static Media call(String first, String second) {
    return TestMedia.named("m")
        .entity("s0", "Speaker 0")
        .entity("s1", "Speaker 1")
        .says("s0", 0, 5, first)
        .says("s1", 5, 10, second)
        .build();
  }

  @Test
  void findsMyNameIsWithEvidence() {
    RuleResult r = apply(rule, call("Hello, my name is tom and I'll help you.", "Hi."), "Tom");
    assertThat(top(r)).isEqualTo("s0");
    Scored s = r.scored().get(0);
    assertThat(s.score()).isEqualTo(0.9);
    assertThat(s.evidence().get(0).quote()).contains("Hello, my name is tom and I'll help you.");
    assertThat(s.evidence().get(0).atSeconds()).hasValue(0.0);
  }

  @Test
  void takesNoInitialismForAName() {
    Media media =
        call("Tell me about your current role.", "So I'm QA supervisor at Hartwell Foods.");
    assertThat(apply(rule, media, "the current QA lead").scored()).isEmpty();
    assertThat(apply(rule, media, "QA").scored()).isEmpty();
  }

  @Test
  void findsImNameFromCompanyAndCreditsTheCompany() {
    RuleResult r =
        apply(rule, call("Sure.", "Hi, I'm Sarah Lee from Acme Corp."), "Sarah from Acme");
    assertThat(top(r)).isEqualTo("s1");
    assertThat(r.scored().get(0).score()).isEqualTo(0.9);
  }

  @Test
  void givesTheCompanyItsFullWeightForAHintThatOnlyAddsThatSomeoneIsFromIt() {
    Media media =
        call(
            "Hi Owen, it's Freya Lindley from Hoarfrost Systems. Is now still good?",
            "Yes, go ahead.");
    RuleResult rep = apply(rule, media, "the Hoarfrost rep");
    assertThat(top(rep)).isEqualTo("s0");
    assertThat(rep.scored().get(0).score()).isCloseTo(0.8, within(1e-9));
    assertThat(apply(rule, media, "the Hoarfrost engineer").scored().get(0).score())
        .isCloseTo(0.4, within(1e-9));
  }

  @Test
  void findsThisIsAndNameHereInOpeningTurns() {
    assertThat(top(apply(rule, call("Hi Sam, this is Maria Lopez.", "Hi."), "Maria")))
        .isEqualTo("s0");
    assertThat(top(apply(rule, call("Hello?", "Priya here, sorry I'm late."), "Priya")))
        .isEqualTo("s1");
  }

  @Test
  void readsAnIntroductionAfterAHundredThousandCharactersOfPunctuation() {
    // "(\\p{Punct}|\\s)*" went one stack frame deeper per character and overflowed.
    String opening = ", ".repeat(50_000) + "Priya here, sorry I'm late.";
    assertThat(top(apply(rule, call("Hello?", opening), "Priya"))).isEqualTo("s1");
  }

  @Test
  void ignoresLowercaseWordsAfterIm() {
    assertThat(apply(rule, call("I'm sorry, I'm good.", "OK."), "sorry").scored()).isEmpty();
  }

  @Test
  void ignoresThisIsInAQuestion() {
    assertThat(apply(rule, call("This is Bolton, is it?", "No."), "Bolton").scored()).isEmpty();
  }

  @Test
  void discountsAnIntroductionToANameTheSpeakerAddresses() {
    Media merged =
        call(
            "My name is Tom. Can I have your name? My name is Beth. Beth, what is your last name?",
            "Idle.");
    assertThat(apply(rule, merged, "Beth").scored()).isEmpty();
    assertThat(top(apply(rule, merged, "Tom"))).isEqualTo("s0");
  }

  @Test
  void dividesTheScoreBetweenSeveralNamesOfOnePerson() {
    Media twoNames = call("My name is Tom. Later: my name is Jerry.", "Ok.");
    assertThat(apply(rule, twoNames, "Tom").scored().get(0).score()).isEqualTo(0.45);
  }

  @Test
  void findsALowerCaseNameAfterThisIsWhenTheHintIsAProperName() {
    Media asr = call("This is donna, i'll be assisting you today.", "Hi, I have a problem.");
    assertThat(top(apply(rule, asr, "Donna"))).isEqualTo("s0");
    assertThat(apply(rule, asr, "donna").scored()).isEmpty();
  }

  @Test
  void scoresAnIntroductionByItsCompanyAloneLower() {
    RuleResult r =
        apply(
            rule,
            call("Next question, please.", "Hi. This is Mangaliso Dlamini from JP Morgan."),
            "the analyst from JP Morgan");
    assertThat(top(r)).isEqualTo("s1");
    assertThat(r.scored().get(0).score()).isCloseTo(0.8 * 2 / 3, within(1e-9));
  }

  @Test
  void findsAFullNameWithItsCompanyOpeningASentence() {
    assertThat(
            top(
                apply(
                    rule,
                    call("Morning all.", "That's me, Noor Castellanos from Quillstone. Thanks."),
                    "the person from Quillstone")))
        .isEqualTo("s1");
    assertThat(
            top(
                apply(
                    rule,
                    call("Great. Renata Okafor from Quillstone, for anyone new.", "Hi."),
                    "Quillstone")))
        .isEqualTo("s0");
  }
}
