package dev.reportengine.core.internal.job;

import dev.reportengine.api.media.Media;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Values computed from one {@link Media} instance, remembered per instance: by identity, never by
 * {@code equals} (which would compare every utterance), the media held weakly (a remembered entry
 * never keeps a call in memory after its source dropped it), at most a fixed number of media, the
 * least recently used forgotten first. Thread-safe.
 *
 * @param <V> the value remembered per media
 */
final class MediaMemo<V> {

  private final int capacity;

  /** Most recently used last. Guarded by {@code this}. */
  private final List<Entry<V>> entries = new ArrayList<>();

  private record Entry<V>(WeakReference<Media> media, V value) {}

  MediaMemo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** The value remembered for this instance, now the most recently used; null if none. */
  synchronized V get(Media media) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry<V> e = entries.get(i);
      Media held = e.media().get();
      if (held == null) {
        entries.remove(i);
      } else if (held == media) {
        if (i != entries.size() - 1) {
          entries.remove(i);
          entries.add(e);
        }
        return e.value();
      }
    }
    return null;
  }

  /**
   * Remembers {@code value} for this instance unless one is remembered already; returns the value
   * remembered for it after the call.
   */
  synchronized V putIfAbsent(Media media, V value) {
    for (Entry<V> e : entries) {
      if (e.media().get() == media) {
        return e.value();
      }
    }
    if (entries.size() == capacity) {
      entries.remove(0);
    }
    entries.add(new Entry<>(new WeakReference<>(media), value));
    return value;
  }

  /** Media remembered now (cleared references included until the next look-up drops them). */
  synchronized int size() {
    return entries.size();
  }
}
