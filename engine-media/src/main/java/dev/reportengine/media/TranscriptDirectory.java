package dev.reportengine.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.media.internal.MediaFileLocator;
import dev.reportengine.media.internal.MediaFileReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link MediaSource} over the transcript files of one directory; each file's format is detected
 * from its content by a {@link TranscriptFormats}. Messages name files relative to the directory,
 * so server paths do not leak into job errors, and symbolic links are read only when they lead to a
 * file inside the directory. Immutable and thread-safe.
 *
 * <p>{@code MediaSources.directory} of {@code engine-core} documents how a media id names a file.
 */
public final class TranscriptDirectory implements MediaSource {

  private final Path dir;
  private final long maxFileBytes;
  private final TranscriptFormats formats;
  private final MediaFileLocator locator;

  /**
   * A source over an existing directory.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory or the limit is out of
   *     range
   */
  public TranscriptDirectory(Path dir, long maxFileBytes, TranscriptFormats formats) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "media directory [" + dir + "] does not exist or is not a directory");
    }
    TranscriptFormats.checkLimit(maxFileBytes);
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
    this.formats = Objects.requireNonNull(formats, "formats");
    this.locator = new MediaFileLocator(dir);
  }

  @Override
  public Optional<Media> load(MediaQuery query) {
    String mediaId = query.mediaId();
    return locator
        .locate(mediaId)
        .map(
            file ->
                formats.read(
                    mediaId,
                    TranscriptText.of(
                        file.name(),
                        MediaFileReader.text(
                            file.realPath(), file.name(), maxFileBytes, LinkOption.NOFOLLOW_LINKS),
                        query.cancellation())));
  }

  /**
   * This source reading files of at most {@code limit} bytes, or of its own limit when that is
   * smaller: how the engine applies {@code EngineLimits.maxMediaBytes}.
   */
  public TranscriptDirectory limitedTo(long limit) {
    return limit >= maxFileBytes ? this : new TranscriptDirectory(dir, limit, formats);
  }

  @Override
  public String toString() {
    return "TranscriptDirectory[" + dir + ", maxFileBytes=" + maxFileBytes + "]";
  }
}
