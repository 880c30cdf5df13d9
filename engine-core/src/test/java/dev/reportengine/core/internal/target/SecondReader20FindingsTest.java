package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** Second reader 20: colleague, note-taker, speaker names and lesser posts. */
class SecondReader20FindingsTest {

  @Test
  void colleagueTakesNoOneTheSpeakerWelcomesForJoiningUs() {
    Media call =
        TestMedia.named("m")
            .entity("marta", "Marta Kowalczyk")
            .entity("jules", "Jules Ashby")
            .says("marta", 0, 5, "Jules, thanks so much for joining us today.")
            .says("jules", 6, 9, "Happy to be here, I've read the proposal.")
            .build();
    assertThat(apply(new ColleagueRule(), call, "Marta's colleague").scored()).isEmpty();
  }

  @Test
  void colleagueTakesNoOneWhoWelcomesTheSpeaker() {
    Media call =
        TestMedia.named("m")
            .entity("marta", "Marta Kowalczyk")
            .entity("jules", "Jules Ashby")
            .says("jules", 0, 5, "Marta, thanks so much for joining us today.")
            .says("marta", 6, 9, "Happy to be here, I've read the brief.")
            .build();
    assertThat(apply(new ColleagueRule(), call, "Marta's colleague").scored()).isEmpty();
  }

  @Test
  void colleagueTakesNoOneTheSpeakerBroughtSomethingUpWith() {
    Media call =
        TestMedia.named("m")
            .entity("marta", "Marta Kowalczyk")
            .entity("jules", "Jules Ashby")
            .says("marta", 0, 5, "I brought this up with Jules on the phone last week.")
            .says("jules", 6, 9, "You did, and our board still wants the discount.")
            .build();
    assertThat(apply(new ColleagueRule(), call, "Marta's colleague").scored()).isEmpty();
  }

  @Test
  void colleagueFindsNobodyWhenTwoSpeakersHaveTheName() {
    Media call =
        TestMedia.named("m")
            .entity("marta1", "Marta Kowalczyk")
            .entity("jules", "Jules Ashby")
            .entity("marta2", "Marta Lis")
            .entity("dom", "Dominic Hale")
            .says("marta1", 0, 5, "I've brought Jules with me today.")
            .says("marta2", 6, 9, "And I've got Dominic with me, he runs our stores.")
            .says("jules", 10, 12, "Morning.")
            .says("dom", 13, 15, "Hi all.")
            .build();
    assertThat(apply(new ColleagueRule(), call, "Marta's colleague").scored()).isEmpty();
  }

  @Test
  void noteTakerTakesNoNotedAfterPleaseNoteThat() {
    Media call =
        TestMedia.named("m")
            .entity("ruth", "Ruth")
            .entity("pete", "Pete")
            .says("ruth", 0, 5, "Please note that the AGM moves to the fourteenth.")
            .says("pete", 6, 9, "Noted.")
            .build();
    assertThat(apply(new NoteTakerRule(), call, "the minute-taker").scored()).isEmpty();
  }

  @Test
  void noteTakerTakesNoNotedAfterEveryMinuteItsDown() {
    Media call =
        TestMedia.named("m")
            .entity("ruth", "Ruth")
            .entity("pete", "Pete")
            .says("ruth", 0, 5, "Every minute it's down costs us a delivery slot.")
            .says("pete", 6, 9, "Noted, I'll chase the engineer.")
            .build();
    assertThat(apply(new NoteTakerRule(), call, "the person taking the minutes").scored())
        .isEmpty();
  }

  @Test
  void noteTakerTakesNoOneWhoWillReadTheMinutes() {
    Media call =
        TestMedia.named("m")
            .entity("ruth", "Ruth")
            .entity("pete", "Pete")
            .says("pete", 0, 5, "I'll have a look at the minutes from March tonight.")
            .says("ruth", 6, 9, "Thanks, that would help.")
            .build();
    assertThat(apply(new NoteTakerRule(), call, "the minute-taker").scored()).isEmpty();
  }

  @Test
  void absentPersonTakesNoSpeakersBracketedCompanyForAnAbsentPerson() {
    // Before a3d7e88 AbsentPersonRule's own isSpeakerName read every word of a label, the
    // bracketed company included; speakerNamed leaves it out, so the company now ends the cascade.
    Media call =
        TestMedia.named("m")
            .entity("s0", "Priya Shah (Northwind)")
            .entity("s1", "Ben Okoro")
            .says("s0", 0, 5, "Hi Ben, I'm Priya, thanks for making the time.")
            .says("s0", 6, 9, "Northwind usually sets these up inside a week.")
            .says("s1", 10, 14, "Good, that helps with our timing.")
            .build();
    RuleResult r = apply(new AbsentPersonRule(), call, "the one from Northwind");
    assertThat(r.conclusive()).as(r.toString()).isFalse();
    dev.reportengine.api.spi.Resolution res =
        HintCascade.standard(HintPolicy.DEFAULTS).resolve(call, "the one from Northwind");
    assertThat(res).isInstanceOf(dev.reportengine.api.spi.Resolution.Found.class);
  }
}
