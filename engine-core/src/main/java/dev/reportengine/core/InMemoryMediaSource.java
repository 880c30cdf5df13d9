package dev.reportengine.core;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Media held in an immutable map keyed by {@link Media#id()}. */
final class InMemoryMediaSource implements MediaSource {

  private final Map<String, Media> mediaById;

  /**
   * Indexes the media by id.
   *
   * @throws IllegalArgumentException when two media share an id
   */
  InMemoryMediaSource(Collection<Media> media) {
    Objects.requireNonNull(media, "media");
    Map<String, Media> byId = new LinkedHashMap<>();
    for (Media m : media) {
      Objects.requireNonNull(m, "media element");
      if (byId.putIfAbsent(m.id(), m) != null) {
        throw new IllegalArgumentException("duplicate media id [" + m.id() + "]");
      }
    }
    this.mediaById = Map.copyOf(byId);
  }

  @Override
  public Optional<Media> load(MediaQuery query) {
    return Optional.ofNullable(mediaById.get(query.mediaId()));
  }

  @Override
  public String toString() {
    return "InMemoryMediaSource" + mediaById.keySet();
  }
}
