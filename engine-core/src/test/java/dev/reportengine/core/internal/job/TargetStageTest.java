package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.OnMiss;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.TestMedia;
import dev.reportengine.core.internal.target.DominantResolver;
import dev.reportengine.core.internal.target.EntityIdResolver;
import dev.reportengine.core.internal.target.MagicHintResolver;
import dev.reportengine.core.internal.target.TimeRangeResolver;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Outcomes of the engine's own resolvers remembered per media instance and target. */
class TargetStageTest {

  private static Media call(String id) {
    return TestMedia.named(id)
        .entity("speaker-0", "Priya Shah")
        .entity("speaker-1", "Tom Reed")
        .says("speaker-0", 0, 5, "Hi all, I'm Priya Shah, I run operations here.")
        .says("speaker-1", 6, 9, "Morning, Priya. Thanks for having me.")
        .says("speaker-0", 10, 30, "Let us go through the numbers for the quarter, one by one.")
        .build();
  }

  private static Map<TargetStrategy, TargetResolver> builtIns() {
    Map<TargetStrategy, TargetResolver> all = new EnumMap<>(TargetStrategy.class);
    for (TargetResolver r :
        List.of(
            new DominantResolver(),
            new TimeRangeResolver(),
            new EntityIdResolver(),
            new MagicHintResolver())) {
      all.put(r.strategy(), r);
    }
    return all;
  }

  private static TargetSpec hint(String hint) {
    return new TargetSpec(
        TargetStrategy.MAGIC_HINT,
        OnMiss.FALLBACK_DOMINANT,
        Optional.empty(),
        Optional.of(hint),
        Optional.empty());
  }

  @Test
  void theSameMediaInstanceAndAnEqualTargetGiveTheRememberedOutcome() {
    TargetStage stage = new TargetStage(builtIns());
    Media media = call("m");

    TargetStage.Outcome first = stage.resolve(media, media, TargetSpec.dominant());
    TargetStage.Outcome second = stage.resolve(media, media, TargetSpec.dominant());

    assertThat(first).isEqualTo(new TargetStage(builtIns()).resolve(media, TargetSpec.dominant()));
    assertThat(first.entity().id()).isEqualTo("speaker-0");
    assertThat(second).isSameAs(first);
  }

  @Test
  void anotherTargetOrAnotherInstanceIsResolvedAgain() {
    TargetStage stage = new TargetStage(builtIns());
    Media a = call("m");
    Media b = call("m");
    assertThat(b).isEqualTo(a).isNotSameAs(a);

    TargetStage.Outcome dominant = stage.resolve(a, a, TargetSpec.dominant());
    TargetStage.Outcome hinted = stage.resolve(a, a, hint("the one who says good morning"));
    TargetStage.Outcome onB = stage.resolve(b, b, TargetSpec.dominant());

    assertThat(hinted).isNotSameAs(dominant);
    assertThat(hinted)
        .isEqualTo(new TargetStage(builtIns()).resolve(a, hint("the one who says good morning")));
    assertThat(onB).isEqualTo(dominant).isNotSameAs(dominant);
  }

  @Test
  void aHostResolverRunsForEveryJob() {
    AtomicInteger calls = new AtomicInteger();
    TargetResolver host =
        new TargetResolver() {
          @Override
          public TargetStrategy strategy() {
            return TargetStrategy.DOMINANT;
          }

          @Override
          public Resolution resolve(dev.reportengine.api.spi.ResolutionContext context) {
            calls.incrementAndGet();
            return new Resolution.Found(
                context.media().entities().get(calls.get() % 2), 1, "host_rule", List.of());
          }
        };
    Map<TargetStrategy, TargetResolver> resolvers = builtIns();
    resolvers.put(TargetStrategy.DOMINANT, host);
    TargetStage stage = new TargetStage(resolvers);
    Media media = call("m");

    TargetStage.Outcome first = stage.resolve(media, media, TargetSpec.dominant());
    TargetStage.Outcome second = stage.resolve(media, media, TargetSpec.dominant());

    assertThat(calls).hasValue(2);
    assertThat(second.entity()).isNotEqualTo(first.entity());
  }

  @Test
  void remembersAtMostSoManyTargetsPerMedia() {
    TargetStage stage = new TargetStage(builtIns());
    Media media = call("m");
    for (int i = 0; i < TargetStage.TARGETS_PER_MEDIA; i++) {
      stage.resolve(media, media, hint("speaker number " + i));
    }
    TargetSpec oneMore = hint("one more");

    TargetStage.Outcome first = stage.resolve(media, media, oneMore);
    TargetStage.Outcome second = stage.resolve(media, media, oneMore);

    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }
}
