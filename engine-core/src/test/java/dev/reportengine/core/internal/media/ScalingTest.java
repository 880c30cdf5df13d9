package dev.reportengine.core.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Work grows about linearly with input size: each case runs at 1x, 4x and 16x its base size (best
 * of a few runs, after a warm-up) and the time at 16x must stay well under the 256x that quadratic
 * work would take. Ratios, not times, so a slow or busy machine does not matter; the bound (64x)
 * leaves four times the linear ratio for noise.
 */
class ScalingTest {

  /** The most that 16 times the input may cost, in multiples of the base run. */
  static final double MAX_RATIO = 64;

  private static double bestNanos(Supplier<?> run) {
    long best = Long.MAX_VALUE;
    for (int k = 0; k < 5; k++) {
      long start = System.nanoTime();
      assertThat(run.get()).isNotNull();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private static void assertNearLinear(IntFunction<Supplier<?>> atSize, int base) {
    bestNanos(atSize.apply(base)); // warm-up
    double one = bestNanos(atSize.apply(base));
    double four = bestNanos(atSize.apply(base * 4));
    double sixteen = bestNanos(atSize.apply(base * 16));
    assertThat(sixteen / one)
        .as("time at 1x %.1f ms, 4x %.1f ms, 16x %.1f ms", one / 1e6, four / 1e6, sixteen / 1e6)
        .isLessThan(MAX_RATIO);
  }

  @Test
  void readsOneHugeWebVttCueWithoutATagEndInLinearTime() {
    assertNearLinear(
        words -> {
          String vtt =
              "WEBVTT\n\n00:00:00.000 --> 00:10:00.000\n<v Ana>"
                  + "so the plan is < that we ship ".repeat(words / 7)
                  + "\n";
          return () -> new WebVttImporter().read("t", "t.vtt", vtt);
        },
        3_000);
  }

  @Test
  void looksUpEveryParticipantOfACallWithManySpeakersInLinearTime() {
    assertNearLinear(
        speakers -> {
          List<Entity> entities = new ArrayList<>();
          List<Utterance> utterances = new ArrayList<>();
          for (int i = 0; i < speakers; i++) {
            entities.add(new Entity("s" + i, Optional.of("Speaker " + i), java.util.Map.of()));
            utterances.add(new Utterance("s" + i, i, i + 1, "hello there", List.of()));
          }
          return () -> {
            Media media =
                new Media(
                    "m",
                    speakers + 1,
                    Optional.empty(),
                    Optional.empty(),
                    entities,
                    utterances,
                    List.of(),
                    Optional.empty(),
                    false);
            int found = 0;
            for (Utterance u : media.utterances()) {
              found += media.entity(u.entityId()).isPresent() ? 1 : 0;
            }
            return found;
          };
        },
        4_000);
  }
}
