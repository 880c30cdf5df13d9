package dev.reportengine.core.internal.target;

import static dev.reportengine.core.internal.target.RuleTesting.apply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Test;

/** "Lena from Tidewater" misses when no speaker is Lena and every speaker's name is known. */
class UnknownNameRuleTest {

  private static final Media NAMED =
      TestMedia.named("m")
          .entity("noor", "Noor Castell")
          .entity("gus", "Gus")
          .says("noor", 0, 5, "Tidewater, the group with the oyster bars?")
          .says("gus", 6, 9, "That's us, yes.")
          .build();

  private static final Media ONE_UNNAMED =
      TestMedia.named("m")
          .entity("noor", "Noor Castell")
          .entity("s1", "Speaker 1")
          .says("noor", 0, 5, "Tidewater, the group with the oyster bars?")
          .says("s1", 6, 9, "That's us, yes.")
          .build();

  @Test
  void missesANameNoSpeakerHasWhenEveryNameIsKnown() {
    RuleResult r = apply(new UnknownNameRule(), NAMED, "Lena from Tidewater");
    assertThat(r.conclusive()).isTrue();
    assertThat(r.note())
        .hasValueSatisfying(n -> assertThat(n).startsWith("no speaker is called Lena"));
    Resolution miss =
        new MagicHintResolver()
            .resolve(new ResolutionContext(NAMED, TargetSpec.magicHint("Lena from Tidewater")));
    assertThat(miss).isInstanceOf(Resolution.Miss.class);
  }

  @Test
  void letsTheHintThroughWhenASpeakerMayBeThatPerson() {
    assertThat(apply(new UnknownNameRule(), ONE_UNNAMED, "Lena from Tidewater").conclusive())
        .isFalse();
    assertThat(apply(new UnknownNameRule(), NAMED, "Gus from Tidewater").conclusive()).isFalse();
    assertThat(apply(new UnknownNameRule(), NAMED, "the one from Tidewater").conclusive())
        .isFalse();
  }
}
