package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads transcript files from one directory; the format is detected from each file's content.
 * Messages name files relative to the directory, so server paths do not leak into job errors, and
 * symbolic links are read only when they lead to a file inside the directory.
 */
public final class DirectoryMediaSource implements MediaSource {

  /** The largest limit a file can be read under: the largest Java array. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private final Path dir;
  private final long maxFileBytes;
  private final MediaFileLocator locator;

  /**
   * A source over an existing directory.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory or the limit is out of
   *     range
   */
  public DirectoryMediaSource(Path dir, long maxFileBytes) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "media directory [" + dir + "] does not exist or is not a directory");
    }
    if (maxFileBytes < 1 || maxFileBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxFileBytes must be in 1.." + MAX_LIMIT + ", got " + maxFileBytes);
    }
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
    this.locator = new MediaFileLocator(dir);
  }

  @Override
  public Optional<Media> load(MediaQuery query) {
    String mediaId = query.mediaId();
    return locator
        .locate(mediaId)
        .map(
            file ->
                MediaFileReader.read(
                    mediaId, file.name(), file.realPath(), maxFileBytes, query.cancellation()));
  }

  /**
   * This source reading files of at most {@code limit} bytes, or of its own limit when that is
   * smaller: how the engine applies {@code EngineLimits.maxMediaBytes}.
   */
  public DirectoryMediaSource limitedTo(long limit) {
    return limit >= maxFileBytes ? this : new DirectoryMediaSource(dir, limit);
  }

  @Override
  public String toString() {
    return "DirectoryMediaSource[" + dir + ", maxFileBytes=" + maxFileBytes + "]";
  }
}
