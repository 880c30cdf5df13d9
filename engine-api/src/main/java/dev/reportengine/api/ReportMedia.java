package dev.reportengine.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The media a report was built from ({@code media} in a report).
 *
 * @param url {@code url}, when the media analysis names one
 * @param mediaId {@code mediaId}
 */
public record ReportMedia(Optional<String> url, Optional<String> mediaId) {

  /** Requires non-null optionals. */
  public ReportMedia {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(mediaId, "mediaId");
  }
}
