package dev.reportengine.core.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.Resolution;
import dev.reportengine.api.spi.ResolutionContext;
import dev.reportengine.api.spi.TargetResolver;
import dev.reportengine.core.TestMedia;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResolversTest {

  private static Resolution resolve(TargetResolver resolver, Media media, TargetSpec target) {
    return resolver.resolve(new ResolutionContext(media, target));
  }

  private static String foundId(Resolution r) {
    assertThat(r).isInstanceOf(Resolution.Found.class);
    return ((Resolution.Found) r).entity().id();
  }

  private static String missReason(Resolution r) {
    assertThat(r).isInstanceOf(Resolution.Miss.class);
    return ((Resolution.Miss) r).reason();
  }

  @Nested
  class Dominant {
    private final DominantResolver resolver = new DominantResolver();

    @Test
    void picksMostSpeakingTime() {
      Resolution r = resolve(resolver, TestMedia.salesCall(), TargetSpec.dominant());
      assertThat(foundId(r)).isEqualTo("maria");
      assertThat(((Resolution.Found) r).rule()).isEqualTo("most_speaking_time");
      assertThat(((Resolution.Found) r).evidence().get(0).description())
          .isEqualTo("María López [maria]: 36.0 s of speech (72.7% of all), 53 words");
    }

    @Test
    void breaksTimeTiesByMostWords() {
      Media media =
          TestMedia.named("m")
              .entity("a", "A")
              .entity("b", "B")
              .says("a", 0, 5, "one two")
              .says("b", 5, 10, "one two three")
              .build();
      assertThat(foundId(resolve(resolver, media, TargetSpec.dominant()))).isEqualTo("b");
    }

    @Test
    void breaksFullTiesBySmallestId() {
      Media media =
          TestMedia.named("m")
              .entity("zed", "Z")
              .entity("amy", "A")
              .says("zed", 0, 5, "same words")
              .says("amy", 5, 10, "same words")
              .build();
      assertThat(foundId(resolve(resolver, media, TargetSpec.dominant()))).isEqualTo("amy");
    }

    @Test
    void missesWhenNobodySpeaks() {
      Media media = TestMedia.named("m").entity("a", "A").build();
      assertThat(missReason(resolve(resolver, media, TargetSpec.dominant())))
          .isEqualTo("the media has no speech");
    }
  }

  @Nested
  class Timerange {
    private final TimeRangeResolver resolver = new TimeRangeResolver();

    @Test
    void countsOnlySpeechOverlappingTheRange() {
      // Sam speaks 6.5-12 and 25.5-30; Maria 0-6 and 12.5-25: in 5-13 Sam has 5.5 s, Maria 1.5 s.
      Resolution r =
          resolve(resolver, TestMedia.salesCall(), TargetSpec.timerange(TimeRange.of(5, 13)));
      assertThat(foundId(r)).isEqualTo("sam");
    }

    @Test
    void acceptsAnOpenStart() {
      assertThat(
              foundId(
                  resolve(
                      resolver, TestMedia.salesCall(), TargetSpec.timerange(TimeRange.until(5)))))
          .isEqualTo("maria");
    }

    @Test
    void acceptsAnOpenEnd() {
      assertThat(
              foundId(
                  resolve(
                      resolver, TestMedia.salesCall(), TargetSpec.timerange(TimeRange.from(48.5)))))
          .isEqualTo("sam");
    }

    @Test
    void missesWhenNobodySpeaksInTheRange() {
      assertThat(
              missReason(
                  resolve(
                      resolver, TestMedia.salesCall(), TargetSpec.timerange(TimeRange.from(60)))))
          .isEqualTo("nobody speaks between 60.0 s and the end of the media (52.0 s long)");
    }
  }

  @Nested
  class EntityId {
    private final EntityIdResolver resolver = new EntityIdResolver();

    @Test
    void findsTheExactId() {
      assertThat(foundId(resolve(resolver, TestMedia.salesCall(), TargetSpec.entityId("sam"))))
          .isEqualTo("sam");
    }

    @Test
    void missesAnIdThatDiffersInCaseAndListsKnownIds() {
      assertThat(missReason(resolve(resolver, TestMedia.salesCall(), TargetSpec.entityId("Sam"))))
          .isEqualTo("no entity with id [Sam]; known: maria, sam");
    }
  }

  @Nested
  class MagicHint {
    private final MagicHintResolver resolver = new MagicHintResolver();

    @Test
    void matchesAWholeLabelIgnoringCaseAndAccents() {
      Resolution r = resolve(resolver, TestMedia.salesCall(), TargetSpec.magicHint("maria lopez"));
      assertThat(foundId(r)).isEqualTo("maria");
      assertThat(((Resolution.Found) r).confidence()).isEqualTo(1.0);
      assertThat(((Resolution.Found) r).rule()).isEqualTo("exact_name");
    }

    @Test
    void matchesAnIdWhenTheHintAddsOnlyAnArticle() {
      // Changed with the cascade: "the" is a stop word, so "the Sam" equals the id sam exactly.
      Resolution r = resolve(resolver, TestMedia.salesCall(), TargetSpec.magicHint("the Sam"));
      assertThat(foundId(r)).isEqualTo("sam");
      assertThat(((Resolution.Found) r).rule()).isEqualTo("exact_name");
    }

    @Test
    void matchesAUniquePartialName() {
      Resolution r = resolve(resolver, TestMedia.salesCall(), TargetSpec.magicHint("Patel"));
      assertThat(foundId(r)).isEqualTo("sam");
      assertThat(((Resolution.Found) r).rule()).isEqualTo("partial_name");
      assertThat(((Resolution.Found) r).confidence()).isEqualTo(0.8);
    }

    @Test
    void missesWhenTwoEntitiesMatchEqually() {
      Media media =
          TestMedia.named("m")
              .entity("a", "Alex Kim")
              .entity("b", "Alex Brooks")
              .says("a", 0, 1, "hi")
              .says("b", 1, 2, "hello")
              .build();
      Resolution r = resolve(resolver, media, TargetSpec.magicHint("Alex"));
      assertThat(missReason(r))
          .isEqualTo(
              "the hint [Alex] fits several entities almost equally under rule partial_name"
                  + " (margin below 0.15): Alex Kim [a] 0.80 (partial_name),"
                  + " Alex Brooks [b] 0.80 (partial_name)");
      assertThat(((Resolution.Miss) r).candidates())
          .extracting(c -> c.entity().id())
          .containsExactly("a", "b");
    }

    @Test
    void findsTheBuyerByWhoAnswersTheQuestions() {
      // Changed with the cascade: the first version missed "the buyer" here (no name matches);
      // rule (d) now finds Sam, who answers the questions Maria asks.
      Resolution r = resolve(resolver, TestMedia.salesCall(), TargetSpec.magicHint("the buyer"));
      assertThat(foundId(r)).isEqualTo("sam");
      assertThat(((Resolution.Found) r).rule()).isEqualTo("role_behaviour");
    }

    @Test
    void missesWhenNothingMatchesAndListsEntities() {
      assertThat(
              missReason(
                  resolve(
                      resolver, TestMedia.salesCall(), TargetSpec.magicHint("purple elephants"))))
          .isEqualTo(
              "no rule found a clear match for the hint [purple elephants]; candidates considered:"
                  + " none; entities: María López [maria], Sam Patel [sam]");
    }
  }
}
