package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.MediaUnreadableException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * Picks the format of a decoded file from its content, never from its extension: each format's
 * cheap signature is tried in a fixed order, the most specific first.
 */
public final class MediaFormats {

  private final List<MediaFormat> formats;

  MediaFormats(List<MediaFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** Every built-in format, in detection order. */
  public static MediaFormats builtIn() {
    return new MediaFormats(
        List.of(
            new MediaJson(),
            new WebVttImporter(),
            new RevNlpImporter(),
            new SrtImporter(),
            new SpeakerBlocksImporter(),
            new SpeakerLinesImporter(),
            new DeepgramImporter(),
            new AssemblyAiImporter(),
            new AwsTranscribeImporter(),
            new RevJsonImporter(),
            new QmsumImporter(),
            new WhisperJsonImporter(),
            new MarkdownTranscriptImporter()));
  }

  /** The ids of the formats, in detection order. */
  public List<String> ids() {
    return formats.stream().map(MediaFormat::id).toList();
  }

  /**
   * Detects the format of a decoded file and reads it.
   *
   * @throws MediaUnreadableException naming the file and the line or JSON Pointer, or listing every
   *     format tried when none fits
   */
  public Media read(String mediaId, String fileName, String text) {
    return read(mediaId, fileName, text, CancellationToken.NONE);
  }

  /**
   * Detects the format of a decoded file and reads it, polling {@code cancellation} per line or
   * turn.
   *
   * @throws MediaUnreadableException as {@link #read(String, String, String)}
   * @throws dev.reportengine.api.spi.JobCanceledException when {@code cancellation} fires
   */
  public Media read(String mediaId, String fileName, String text, CancellationToken cancellation) {
    SourceText source = new SourceText(fileName, text, cancellation);
    MediaFormat format = detect(source);
    try {
      return format.read(mediaId, source);
    } catch (IllegalArgumentException e) {
      throw new MediaUnreadableException(
          fileName + ": not a valid " + format.id() + " transcript: " + e.getMessage(), e);
    } catch (JacksonException e) {
      // A value of a type the importer did not check for; the typed readers of JsonReads name the
      // pointer, this names at least the file, never with Jackson's own words.
      throw new MediaUnreadableException(
          fileName + ": not a valid " + format.id() + " transcript: a value has the wrong type", e);
    }
  }

  MediaFormat detect(SourceText source) {
    for (MediaFormat format : formats) {
      if (format.recognizes(source)) {
        return format;
      }
    }
    throw source
        .jsonError()
        .orElseGet(
            () ->
                new MediaUnreadableException(
                    source.fileName()
                        + ": unrecognized media format; tried: "
                        + formats.stream()
                            .map(MediaFormat::description)
                            .collect(Collectors.joining("; "))));
  }

  /** Detects the format of decoded text; for tests. */
  MediaFormat detect(String fileName, String text) {
    return detect(new SourceText(fileName, text));
  }
}
