package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Work grows about linearly with input size, by the method of {@link Scaling}: 1x, 4x and 16x the
 * base size, and 16x must cost less than 64 times 1x.
 */
class ScalingTest {

  @Test
  void readsOneHugeWebVttCueWithoutATagEndInLinearTime() {
    Scaling.assertNearLinear(
        "one huge WebVTT cue without a tag end",
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
    Scaling.assertNearLinear(
        "participants of a call with many speakers",
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

  /**
   * Work that is quadratic in {@code n}, which the check must catch: the bug WebVTT cue text had, a
   * search from every position of a text that does not hold what is searched. The search is written
   * out character by character: {@code String.indexOf} is vectorised, so at these sizes its time
   * grows by far less than the square (16x/1x measured 62.7 under the bound of 64 on 2026-12-06),
   * and a deliberately quadratic case must look quadratic every time.
   */
  private static long quadratic(String text) {
    long found = 0;
    for (int i = 0; i < text.length(); i++) {
      int j = i;
      while (j < text.length() && text.charAt(j) != '>') {
        j++;
      }
      found += j;
    }
    return found;
  }

  @Test
  void catchesQuadraticWork() {
    String warm = "a".repeat(1_000);
    for (int k = 0; k < 200; k++) {
      quadratic(warm); // compiled before the 1x run is timed, as the importers are by earlier tests
    }
    assertThatThrownBy(
            () ->
                Scaling.assertNearLinear(
                    "quadratic on purpose",
                    n -> {
                      String text = "a".repeat(n);
                      return () -> quadratic(text);
                    },
                    1_000))
        .isInstanceOf(AssertionError.class);
  }
}
