package dev.reportengine.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes what the command line prints with every character that could take over a terminal or
 * disguise text shown as a visible escape such as {@code \u001b}: C0 controls except tab, line feed
 * and carriage return, DEL, C1 controls, and bidirectional embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069). Transcripts, labels and error messages reach the terminal
 * through it. Inside a JSON string the escape is the same value, so printed JSON stays equal.
 */
final class TerminalWriter extends FilterWriter {

  TerminalWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} is printed as an escape. */
  static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  @Override
  public void write(int c) throws IOException {
    if (isUnsafe((char) c)) {
      out.write(String.format(Locale.ROOT, "\\u%04x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (isUnsafe(chars[i])) {
        out.write(chars, start, i - start);
        write(chars[i]);
        start = i + 1;
      }
    }
    out.write(chars, start, end - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    char[] chars = new char[length];
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }
}
