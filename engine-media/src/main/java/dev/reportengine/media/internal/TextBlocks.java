package dev.reportengine.media.internal;

import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits plain-text transcripts into blocks: a header line, then text lines until the next. */
final class TextBlocks {

  private TextBlocks() {}

  /**
   * One block.
   *
   * @param line the 1-based line of its header
   * @param header the header's match
   * @param text its text lines joined with spaces
   */
  record Block(int line, Matcher header, String text) {}

  static List<Block> split(TranscriptText source, Pattern header) {
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    while (i < lines.length) {
      Matcher m = header.matcher(lines[i].strip());
      if (!m.matches()) {
        throw source.errorAtLine(
            i + 1, "expected a header line, found \"" + JsonReads.abbreviate(lines[i]) + "\"");
      }
      int headerLine = i + 1;
      StringBuilder text = new StringBuilder();
      i++;
      while (i < lines.length && !header.matcher(lines[i].strip()).matches()) {
        source.checkpoint();
        text.append(lines[i].strip()).append(' ');
        i++;
      }
      blocks.add(new Block(headerLine, m, text.toString().strip()));
    }
    return blocks;
  }

  static double time(TranscriptText source, int line, String text) {
    if (text.startsWith("-")) {
      throw source.errorAtLine(line, "negative time " + text);
    }
    return TimeCodes.parseSeconds(text)
        .orElseThrow(
            () ->
                source.errorAtLine(
                    line,
                    "expected a time like 0:01:02.50, found \""
                        + JsonReads.abbreviate(text)
                        + "\""));
  }
}
