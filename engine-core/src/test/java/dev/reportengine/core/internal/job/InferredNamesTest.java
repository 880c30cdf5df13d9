package dev.reportengine.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.TestMedia;
import dev.reportengine.core.internal.target.SpeakerNames;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Speaker names inferred once per media instance, never reused for another instance. */
class InferredNamesTest {

  private static Media call(String id) {
    return TestMedia.named(id)
        .entity("speaker-0", "Speaker 0")
        .entity("speaker-1", "Speaker 1")
        .says("speaker-0", 0, 5, "Hi all, I'm Priya Shah, I run operations here.")
        .says("speaker-1", 6, 9, "Morning, Priya. Thanks for having me.")
        .build();
  }

  private final AtomicInteger calls = new AtomicInteger();
  private final Function<Media, List<SpeakerNames.Inferred>> counting =
      m -> {
        calls.incrementAndGet();
        return SpeakerNames.infer(m);
      };

  @Test
  void givesWhatTheInferenceGivesAndInfersTheSameInstanceOnce() {
    InferredNames names = new InferredNames(counting);
    Media media = call("m");

    List<SpeakerNames.Inferred> first = names.of(media);
    List<SpeakerNames.Inferred> second = names.of(media);

    assertThat(first).isEqualTo(SpeakerNames.infer(media)).isNotEmpty();
    assertThat(second).isSameAs(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void infersAnEqualButDistinctInstanceAgain() {
    InferredNames names = new InferredNames(counting);
    Media a = call("m");
    Media b = call("m");
    assertThat(b).isEqualTo(a).isNotSameAs(a);

    names.of(a);
    names.of(b);

    assertThat(calls).hasValue(2);
  }

  @Test
  void forgetsTheLeastRecentlyUsedMediaBeyondItsCapacity() {
    InferredNames names = new InferredNames(counting);
    List<Media> media = new ArrayList<>();
    for (int i = 0; i <= InferredNames.CAPACITY; i++) {
      media.add(call("m" + i));
    }
    names.of(media.get(0));
    for (int i = 1; i < InferredNames.CAPACITY; i++) {
      names.of(media.get(i));
    }
    names.of(media.get(0)); // now the most recently used; m1 is the least
    names.of(media.get(InferredNames.CAPACITY)); // one too many: m1 is forgotten
    assertThat(names.size()).isEqualTo(InferredNames.CAPACITY);
    int before = calls.get();

    names.of(media.get(0));
    assertThat(calls).hasValue(before);
    names.of(media.get(1));
    assertThat(calls).hasValue(before + 1);
  }
}
