package dev.reportengine.pdf.internal;

import java.util.Objects;

/**
 * One TrueType face registered with openhtmltopdf. The bytes are shared, never modified.
 *
 * @param family the CSS family name
 * @param weight the CSS weight
 * @param bytes the font file
 */
public record FontFace(String family, int weight, byte[] bytes) {

  /** Requires all parts. */
  public FontFace {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(bytes, "bytes");
  }
}
