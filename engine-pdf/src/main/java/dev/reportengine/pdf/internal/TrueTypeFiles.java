package dev.reportengine.pdf.internal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Checks TrueType font bytes and takes the first face out of a TrueType collection ({@code .ttc}),
 * because openhtmltopdf reads single fonts only and PDFBox subsets only {@code glyf} outlines.
 */
public final class TrueTypeFiles {

  private static final int TTCF = 0x74746366; // "ttcf"
  private static final int TRUETYPE = 0x00010000;
  private static final int TRUE = 0x74727565; // "true", old Apple TrueType
  private static final int GLYF = 0x676c7966; // "glyf"

  private TrueTypeFiles() {}

  /**
   * Returns a single TrueType font: {@code bytes} itself, or the first face of a collection copied
   * into a font file of its own.
   *
   * @param source names the bytes in error messages, such as the file name
   * @throws IllegalArgumentException if the bytes are not a TrueType font with {@code glyf}
   *     outlines
   */
  public static byte[] firstFace(byte[] bytes, String source) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      int tag = in.getInt(0);
      if (tag == TTCF) {
        int faces = in.getInt(8);
        if (faces < 1) {
          throw new IllegalArgumentException(source + " is a font collection without fonts");
        }
        return checked(extract(in, in.getInt(12)), source);
      }
      return checked(bytes, source);
    } catch (IndexOutOfBoundsException | BufferUnderflowException e) {
      throw new IllegalArgumentException(source + " is truncated or not a TrueType font", e);
    }
  }

  private static byte[] checked(byte[] font, String source) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int version = in.getInt(0);
    if (version != TRUETYPE && version != TRUE) {
      String found = new String(font, 0, Math.min(4, font.length), StandardCharsets.ISO_8859_1);
      throw new IllegalArgumentException(
          source
              + " is not a TrueType font (starts with ["
              + found
              + "]); accepted: TrueType .ttf or .ttc with glyf outlines, not CFF-based OpenType");
    }
    int tables = in.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      if (in.getInt(12 + 16 * i) == GLYF) {
        return font;
      }
    }
    throw new IllegalArgumentException(
        source + " has no glyf table; only TrueType outlines can be subset into a PDF");
  }

  /** Copies the face whose table directory starts at {@code offset} into a font file of its own. */
  private static byte[] extract(ByteBuffer in, int offset) {
    int tables = in.getShort(offset + 4) & 0xffff;
    int headerSize = 12 + 16 * tables;
    long size = headerSize;
    for (int i = 0; i < tables; i++) {
      size += padded(in.getInt(offset + 12 + 16 * i + 12));
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("font face too large: " + size + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.put(in.array(), offset, 12);
    int next = headerSize;
    for (int i = 0; i < tables; i++) {
      int record = offset + 12 + 16 * i;
      int tableOffset = in.getInt(record + 8);
      int length = in.getInt(record + 12);
      out.putInt(in.getInt(record)).putInt(in.getInt(record + 4)).putInt(next).putInt(length);
      out.mark();
      out.position(next);
      out.put(in.array(), tableOffset, length);
      out.reset();
      next += padded(length);
    }
    return out.array();
  }

  private static int padded(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative table length " + length);
    }
    return (length + 3) & ~3;
  }
}
