package dev.reportengine.media.internal;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Reads one transcript file's text: checks its size against the limit before reading a byte and
 * decodes it ({@link MediaFileDecoder}). Messages name the file by the name given.
 */
public final class MediaFileReader {

  private MediaFileReader() {}

  /**
   * The decoded text of {@code file}, named {@code fileName} in messages.
   *
   * @throws MediaUnreadableException when the file is too large, cannot be read or is not UTF-8
   *     text
   */
  public static String text(Path file, String fileName, long maxFileBytes, OpenOption... options) {
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
