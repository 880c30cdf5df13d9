package dev.reportengine.pdf;

import dev.reportengine.pdf.internal.TrueTypeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A TrueType font a host adds to a {@link PdfRenderer}, for example one that covers Chinese,
 * Japanese and Korean. Added fonts come after the bundled DejaVu Sans in the CSS {@code
 * font-family} list, so each character is drawn with DejaVu Sans when it has a glyph and with an
 * added font otherwise. Only the glyphs used are embedded.
 *
 * <pre>{@code
 * PdfFont cjk = PdfFont.of("WenQuanYi Micro Hei", 400, Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
 * }</pre>
 *
 * <p>Only TrueType outlines ({@code glyf}) can be subset by PDFBox; CFF-based OpenType fonts are
 * refused. A TrueType collection ({@code .ttc}) contributes its first face. Instances are
 * immutable.
 */
public final class PdfFont {

  private final String family;
  private final int weight;
  private final byte[] ttf;

  private PdfFont(String family, int weight, byte[] ttf) {
    this.family = family;
    this.weight = weight;
    this.ttf = ttf;
  }

  /**
   * Reads a font file ({@code .ttf}, or the first face of a {@code .ttc}).
   *
   * @param family the CSS family name it is registered under, such as {@code Noto Sans CJK}
   * @param weight the CSS weight it provides, 100 to 900 in steps of 100 (400 regular, 700 bold)
   * @throws IllegalArgumentException if the family is blank, the weight is not one of the CSS
   *     weights, or the file is not a TrueType font with {@code glyf} outlines
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PdfFont of(String family, int weight, Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font file " + file, e);
    }
    return of(family, weight, bytes, file.toString());
  }

  /**
   * Takes a font from bytes ({@code .ttf}, or the first face of a {@code .ttc}).
   *
   * @throws IllegalArgumentException as {@link #of(String, int, Path)}
   */
  public static PdfFont of(String family, int weight, byte[] font) {
    return of(family, weight, font.clone(), "font bytes for family [" + family + "]");
  }

  private static PdfFont of(String family, int weight, byte[] bytes, String source) {
    Objects.requireNonNull(family, "family");
    if (family.isBlank() || family.chars().anyMatch(c -> c == '\'' || c == '"' || c == '\\')) {
      throw new IllegalArgumentException(
          "font family must be non-blank without quotes or backslashes, got [" + family + "]");
    }
    if (weight < 100 || weight > 900 || weight % 100 != 0) {
      throw new IllegalArgumentException(
          "font weight must be one of 100, 200, ..., 900, got " + weight + " for " + source);
    }
    return new PdfFont(family, weight, TrueTypeFiles.firstFace(bytes, source));
  }

  /** The CSS family name. */
  public String family() {
    return family;
  }

  /** The CSS weight. */
  public int weight() {
    return weight;
  }

  /** A copy of the TrueType bytes. */
  public byte[] bytes() {
    return ttf.clone();
  }

  /** The bytes themselves, for the renderer of this package; never handed out. */
  byte[] sharedBytes() {
    return ttf;
  }

  @Override
  public String toString() {
    return "PdfFont[" + family + ", " + weight + ", " + ttf.length + " bytes]";
  }
}
