package dev.reportengine.core.internal.job;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.internal.target.SpeakerNames;
import java.util.List;
import java.util.function.Function;

/**
 * The speaker names inferred for the media an engine's jobs loaded, remembered per {@link Media}
 * instance so that a media source handing out the same object for every job on a call (the
 * in-memory source, a host's own cache; several templates run on one call) pays for the inference
 * once instead of per job. {@link Media} is immutable all the way down (records of copied lists and
 * maps) and the inference reads nothing else, so the same instance always infers the same names.
 *
 * <p>Remembered in a {@link MediaMemo}: by identity, so a source that imports a file again for
 * every job gets a new instance and a fresh inference; held weakly; at most {@link #CAPACITY}
 * media, the least recently used one forgotten first.
 */
final class InferredNames {

  /** Media remembered at most. */
  static final int CAPACITY = 32;

  private final Function<Media, List<SpeakerNames.Inferred>> inference;
  private final MediaMemo<List<SpeakerNames.Inferred>> memo = new MediaMemo<>(CAPACITY);

  /** Infers with {@link SpeakerNames#infer}. */
  InferredNames() {
    this(SpeakerNames::infer);
  }

  /** Infers with {@code inference} (tests count its calls). */
  InferredNames(Function<Media, List<SpeakerNames.Inferred>> inference) {
    this.inference = inference;
  }

  /** The names inferred for {@code media}: remembered for this instance, or inferred now. */
  List<SpeakerNames.Inferred> of(Media media) {
    List<SpeakerNames.Inferred> known = memo.get(media);
    if (known != null) {
      return known;
    }
    // Inferred outside the lock: two jobs on one new media may both infer it, once each.
    return memo.putIfAbsent(media, List.copyOf(inference.apply(media)));
  }

  /** Media remembered now (cleared references included until the next look-up drops them). */
  int size() {
    return memo.size();
  }
}
