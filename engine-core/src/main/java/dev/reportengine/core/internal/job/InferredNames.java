package dev.reportengine.core.internal.job;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.internal.target.SpeakerNames;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The speaker names inferred for the media an engine's jobs loaded, remembered per {@link Media}
 * instance so that a media source handing out the same object for every job on a call (the
 * in-memory source, a host's own cache; several templates run on one call) pays for the inference
 * once instead of per job. {@link Media} is immutable all the way down (records of copied lists and
 * maps) and the inference reads nothing else, so the same instance always infers the same names.
 *
 * <p>Keyed by identity, never by {@code equals} (which would compare every utterance): a source
 * that imports a file again for every job gets a new instance and a fresh inference. The media is
 * held weakly, so a remembered entry never keeps a call in memory after its source dropped it; at
 * most {@link #CAPACITY} media are remembered, the least recently used one is forgotten first.
 */
final class InferredNames {

  /** Media remembered at most. */
  static final int CAPACITY = 32;

  private final Function<Media, List<SpeakerNames.Inferred>> inference;

  /** Most recently used last. Guarded by {@code this}. */
  private final List<Entry> entries = new ArrayList<>();

  private record Entry(WeakReference<Media> media, List<SpeakerNames.Inferred> names) {}

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
    List<SpeakerNames.Inferred> known = remembered(media);
    if (known != null) {
      return known;
    }
    // Inferred outside the lock: two jobs on one new media may both infer it, once each.
    List<SpeakerNames.Inferred> names = List.copyOf(inference.apply(media));
    remember(media, names);
    return names;
  }

  private synchronized List<SpeakerNames.Inferred> remembered(Media media) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      Media held = e.media().get();
      if (held == null) {
        entries.remove(i);
      } else if (held == media) {
        if (i != entries.size() - 1) {
          entries.remove(i);
          entries.add(e);
        }
        return e.names();
      }
    }
    return null;
  }

  private synchronized void remember(Media media, List<SpeakerNames.Inferred> names) {
    for (Entry e : entries) {
      if (e.media().get() == media) {
        return;
      }
    }
    if (entries.size() == CAPACITY) {
      entries.remove(0);
    }
    entries.add(new Entry(new WeakReference<>(media), names));
  }

  /** Media remembered now (cleared references included until the next look-up drops them). */
  synchronized int size() {
    return entries.size();
  }
}
