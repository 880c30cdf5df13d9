package dev.reportengine.media.internal;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text: UTF-8 only, BOM removed, binary and empty files refused. */
final class MediaFileDecoder {

  private MediaFileDecoder() {}

  static String decode(String fileName, byte[] bytes) {
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length - offset == 0) {
      throw new MediaUnreadableException(fileName + ": the file is empty");
    }
    if (hasUtf16Bom(bytes)) {
      throw new MediaUnreadableException(
          fileName + ": the file is UTF-16 encoded; expected UTF-8 text");
    }
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new MediaUnreadableException(
            fileName
                + ": the file holds binary data (a NUL byte at offset "
                + i
                + "); expected UTF-8 text");
      }
    }
    String text = utf8(fileName, bytes, offset);
    if (text.isBlank()) {
      throw new MediaUnreadableException(fileName + ": the file is empty (only whitespace)");
    }
    return text;
  }

  private static String utf8(String fileName, byte[] bytes, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MediaUnreadableException(
          fileName
              + ": the file is not valid UTF-8 (invalid bytes at offset "
              + in.position()
              + "); expected UTF-8 text");
    }
    return out.flip().toString();
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }
}
