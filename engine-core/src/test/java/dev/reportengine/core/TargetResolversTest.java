package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;
import org.junit.jupiter.api.Test;

class TargetResolversTest {

  @Test
  void missesAPartialNameWhenTheThresholdIsAboveIt() {
    TargetResolver strict = TargetResolvers.magicHint(0.9, 0.15, 5);
    Resolution r =
        strict.resolve(new ResolutionContext(TestMedia.salesCall(), TargetSpec.magicHint("Patel")));
    assertThat(strict.strategy()).isEqualTo(TargetStrategy.MAGIC_HINT);
    assertThat(r).isInstanceOf(Resolution.Miss.class);
    assertThat(((Resolution.Miss) r).reason()).contains("name: best 0.80, below 0.90");
  }

  @Test
  void rejectsAThresholdOutsideItsRange() {
    assertThatThrownBy(() -> TargetResolvers.magicHint(1.5, 0.15, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minConfidence must be in (0, 1], got 1.5");
  }
}
