package dev.reportengine.api.spi;

import dev.reportengine.api.media.Media;
import java.util.Optional;

/**
 * Resolves a {@code mediaId} to an analyzed conversation. Implementations must be thread-safe.
 * Standard sources are made by {@code dev.reportengine.core.MediaSources}.
 */
public interface MediaSource {

  /**
   * Loads the media with the given id.
   *
   * @return the media, or empty when this source has no media with that id
   * @throws MediaUnreadableException when the media exists but cannot be read; the message names
   *     the file and the line or JSON path
   */
  Optional<Media> load(MediaQuery query);

  /**
   * What to load.
   *
   * @param mediaId the request's {@code media.mediaId}
   * @param cancellation whether the job loading it should stop; a source that reads a large
   *     transcript polls it between lines or turns and throws {@link JobCanceledException} when it
   *     fires
   */
  record MediaQuery(String mediaId, CancellationToken cancellation) {
    /** Requires an id and a token. */
    public MediaQuery {
      java.util.Objects.requireNonNull(mediaId, "mediaId");
      java.util.Objects.requireNonNull(cancellation, "cancellation");
    }

    /** A query outside any job: {@link CancellationToken#NONE}. */
    public MediaQuery(String mediaId) {
      this(mediaId, CancellationToken.NONE);
    }
  }
}
