package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static dev.reportengine.core.internal.target.RuleTesting.ids;
import static dev.reportengine.core.internal.target.RuleTesting.top;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** Second reader 21, late changes: OrganisationRule's "introduced" (a speaker named with it). */
class SecondReader21LateFindingsTest {

  private final OrganisationRule rule = new OrganisationRule();

  // L1: two speakers share the first name; speakerNamed takes the first listed, so both
  // organisations are tied to Marcus Lee
  @Test
  void tiesNoOrganisationToTheFirstOfTwoSpeakersWhoShareTheNameSaid() {
    Media call =
        TestMedia.named("m")
            .entity("bronwen", "Bronwen Ellis")
            .entity("lee", "Marcus Lee")
            .entity("webb", "Marcus Webb")
            .says(
                "bronwen",
                0,
                8,
                "Morning. We've got Marcus from Tarnside Water and Marcus from Northmoor Gas.")
            .says("lee", 9, 12, "Morning all.")
            .says("webb", 13, 16, "Hi, yes, thanks.")
            .build();
    // a name two speakers share ties neither organisation to anyone
    assertThat(apply(rule, call, "the person from Tarnside Water").scored()).isEmpty();
    assertThat(apply(rule, call, "the person from Northmoor Gas").scored()).isEmpty();
  }

  // L2: Marcus Lee introduces the other Marcus; speakerNamed("Marcus") is Lee himself, so the
  // introduction is skipped and Marcus Webb is never tied
  @Test
  void tiesTheOtherMarcusWhenAMarcusIntroducesHim() {
    Media call =
        TestMedia.named("m")
            .entity("lee", "Marcus Lee")
            .entity("webb", "Marcus Webb")
            .says("lee", 0, 8, "Morning. Today we've got Marcus from Northmoor Gas with us.")
            .says("webb", 9, 12, "Morning all.")
            .build();
    assertThat(ids(apply(rule, call, "the person from Northmoor Gas"))).containsExactly("webb");
  }

  // L3: the introducer's own sentence also matches the ownership pattern ("I've ... at Halden",
  // "We have ... at Halden"), so the introducer ties with (and, listed first, beats) the speaker
  // named
  @Test
  void takesTheSpeakerIntroducedNotTheOneWhoIntroducesThem() {
    Media call =
        TestMedia.named("m")
            .entity("bronwen", "Bronwen Ellis")
            .entity("ruth", "Ruth Okafor")
            .says("bronwen", 0, 8, "Morning. I've got Ruth at Halden on the line with us.")
            .says("ruth", 9, 12, "Morning all.")
            .build();
    RuleResult r = apply(rule, call, "the person at Halden");
    assertThat(top(r)).isEqualTo("ruth");
    assertThat(ids(r)).doesNotContain("bronwen");
  }

  // L4: introduced() is run over every turn's whole text in isOrganisation (no "said" check
  // first); "[\p{L}'-]*+" runs on over hyphens and the lookbehind allows a start after each one,
  // so a hyphenated run with no match is quadratic (80k chars: about 20 s)
  @Test
  void readsALongHyphenatedTurnQuickly() {
    Media call =
        TestMedia.named("m")
            .entity("bronwen", "Bronwen Ellis")
            .entity("ruth", "Ruth Okafor")
            .says("bronwen", 0, 8, "A-".repeat(40_000) + ".")
            .says("ruth", 9, 12, "Morning all, I'm Ruth at Halden.")
            .build();
    // speed is not timed here (machines are shared); the turn that never says "Halden" is skipped
    // before any pattern reads it, and a name no longer runs on over hyphens
    assertThat(top(apply(rule, call, "Halden"))).isEqualTo("ruth");
  }
}
