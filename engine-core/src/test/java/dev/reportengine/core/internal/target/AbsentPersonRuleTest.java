package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** A hint naming someone the call only talks about misses instead of finding who talked. */
class AbsentPersonRuleTest {

  private static final Media CALL =
      TestMedia.named("m")
          .entity("ana", "Ana Ruiz")
          .entity("ben", "Ben Okoro")
          .says("ana", 0, 5, "Yusuf in legal will need to review whatever they send.")
          .says("ben", 6, 9, "We also got a quote from Pathwise, and Pathwise was cheaper.")
          .says("ana", 10, 15, "I'll ask Yusuf about it.")
          .build();

  @Test
  void endsTheCascadeWithAMissForAPersonWhoIsOnlyTalkedAbout() {
    RuleResult r = apply(new AbsentPersonRule(), CALL, "Yusuf from legal");
    assertThat(r.conclusive()).isTrue();
    assertThat(r.scored()).isEmpty();
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).startsWith("Yusuf is talked about"));

    Resolution miss =
        new MagicHintResolver().resolve(new ResolutionContext(CALL, TargetSpec.magicHint("Yusuf")));
    assertThat(miss).isInstanceOf(Resolution.Miss.class);
  }

  @Test
  void endsTheCascadeForANamedPostHolderNoSpeakerIs() {
    Media call =
        TestMedia.named("g")
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "Gideon's going freelance, and he's been our only conservator.")
            .says("ben", 6, 9, "I'm the curator, so the conservation plan lands on me.")
            .build();

    RuleResult gideon = apply(new AbsentPersonRule(), call, "Gideon the conservator");
    assertThat(gideon.conclusive()).isTrue();
    assertThat(gideon.scored()).isEmpty();
    assertThat(apply(new AbsentPersonRule(), call, "Ben, the curator").conclusive()).isFalse();
    assertThat(apply(new AbsentPersonRule(), call, "Omar, the conservator").conclusive()).isFalse();
  }

  @Test
  void letsSpeakersAndCompaniesThrough() {
    assertThat(apply(new AbsentPersonRule(), CALL, "Ana").conclusive()).isFalse();
    assertThat(apply(new AbsentPersonRule(), CALL, "the person from Pathwise").conclusive())
        .isFalse();
  }

  @Test
  void takesSomeoneWhoIsGoingToDoSomethingForAPerson() {
    Media call =
        TestMedia.named("m")
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says(
                "ana",
                0,
                5,
                "The repair group are keen. Gary's going to bring it to their committee.")
            .says("ben", 6, 9, "Great, the repair group would really help us.")
            .build();
    assertThat(apply(new AbsentPersonRule(), call, "Gary from the repair group").conclusive())
        .isTrue();
  }

  @Test
  void takesANameInAHintAboutWhatSomeoneHasOrDidForNoPerson() {
    assertThat(apply(new AbsentPersonRule(), CALL, "the one who talked about Yusuf").conclusive())
        .isFalse();
    assertThat(apply(new AbsentPersonRule(), CALL, "Yusuf from legal").conclusive()).isTrue();
  }

  @Test
  void takesTheObjectOfAWhoeverHintForNoPerson() {
    Media call =
        TestMedia.named("w")
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "I rang CanTech again yesterday, and I'll chase CanTech on Monday.")
            .says("ben", 6, 9, "Thanks. The line can't run until they commission it.")
            .build();
    assertThat(apply(new AbsentPersonRule(), call, "whoever is chasing CanTech").conclusive())
        .isFalse();
  }

  @Test
  void takesANameGivenAfterAPostForAPerson() {
    Media call =
        TestMedia.named("p")
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "Tell me about your current role.")
            .says(
                "ben",
                6,
                9,
                "I'm one of three duty managers under the centre manager, Bryony, and I run nights.")
            .build();
    RuleResult bryony = apply(new AbsentPersonRule(), call, "Bryony");
    assertThat(bryony.conclusive()).isTrue();
    assertThat(bryony.scored()).isEmpty();
    assertThat(apply(new AbsentPersonRule(), call, "Ben").conclusive()).isFalse();
  }

  @Test
  void takesANameGivenAfterAnyPostTheTopicRuleKnowsForAPerson() {
    Media call =
        TestMedia.named("p")
            .entity("ana", "Ana Ruiz")
            .entity("ben", "Ben Okoro")
            .says("ana", 0, 5, "Who checks the doses before they go out?")
            .says("ben", 6, 9, "That goes past the practice pharmacist, Anjali, every morning.")
            .says("ana", 10, 14, "And the surveyor, Rhodri, signs off the site?")
            .build();
    assertThat(apply(new AbsentPersonRule(), call, "Anjali").conclusive()).isTrue();
    assertThat(apply(new AbsentPersonRule(), call, "Rhodri").conclusive()).isTrue();
  }
}
