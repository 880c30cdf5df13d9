package dev.reportengine.core.internal.media;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.MediaUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Reads one transcript file: checks its size against the limit before reading a byte, decodes it
 * ({@link MediaFileDecoder}) and reads it in the format its content shows ({@link MediaFormats}).
 * Messages name the file by its file name only.
 */
public final class MediaFileReader {

  private static final MediaFormats FORMATS = MediaFormats.builtIn();

  private MediaFileReader() {}

  /**
   * The media in {@code file}.
   *
   * @throws MediaUnreadableException when the file is too large, cannot be read, is not UTF-8 text,
   *     has an unknown format or is malformed
   */
  public static Media read(String mediaId, Path file, long maxFileBytes) {
    String fileName = String.valueOf(file.getFileName());
    return FORMATS.read(mediaId, fileName, text(file, fileName, maxFileBytes));
  }

  /**
   * The media in {@code file}, named {@code fileName} in messages; a symbolic link is not followed,
   * and {@code cancellation} is polled per line or turn.
   *
   * @throws MediaUnreadableException as {@link #read(String, Path, long)}
   */
  static Media read(
      String mediaId,
      String fileName,
      Path file,
      long maxFileBytes,
      CancellationToken cancellation) {
    return FORMATS.read(
        mediaId,
        fileName,
        text(file, fileName, maxFileBytes, LinkOption.NOFOLLOW_LINKS),
        cancellation);
  }

  private static String text(Path file, String fileName, long maxFileBytes, OpenOption... options) {
    return MediaFileDecoder.decode(fileName, bytes(file, fileName, maxFileBytes, options));
  }

  private static byte[] bytes(
      Path file, String fileName, long maxFileBytes, OpenOption... options) {
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        throw tooLarge(fileName, "is " + size + " bytes", maxFileBytes);
      }
      try (InputStream in = Files.newInputStream(file, options)) {
        byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
        if (bytes.length > maxFileBytes) {
          throw tooLarge(fileName, "grew while being read", maxFileBytes);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new MediaUnreadableException(
          fileName + ": the file cannot be read: " + e.getClass().getSimpleName(), e);
    }
  }

  private static MediaUnreadableException tooLarge(String fileName, String what, long limit) {
    return new MediaUnreadableException(
        fileName + ": the file " + what + ", more than the limit of " + limit + " bytes");
  }
}
