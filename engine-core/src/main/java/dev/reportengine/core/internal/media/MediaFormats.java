package dev.reportengine.core.internal.media;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the format of a decoded file from its content, never from its extension. */
final class MediaFormats {

  private final List<MediaFormat> formats;

  MediaFormats(List<MediaFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The built-in formats: the engine's JSON and WebVTT. */
  static MediaFormats builtIn() {
    return new MediaFormats(List.of(new MediaJson(), new WebVttImporter()));
  }

  MediaFormat detect(String fileName, String text) {
    return formats.stream()
        .filter(f -> f.recognizes(text))
        .findFirst()
        .orElseThrow(
            () ->
                new MediaUnreadableException(
                    fileName
                        + ": unrecognized media format; tried: "
                        + formats.stream()
                            .map(MediaFormat::description)
                            .collect(Collectors.joining("; "))));
  }
}
