package dev.reportengine.media.internal;

import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.TranscriptText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a WebVTT file into cues: checks the header, skips NOTE, STYLE and REGION blocks, accepts
 * optional cue identifiers and ignores cue settings. Errors name the file and the line.
 */
final class WebVttParser {

  private final TranscriptText source;
  private final String fileName;
  private final String[] lines;
  private int next;

  private WebVttParser(TranscriptText source) {
    this.source = source;
    this.fileName = source.fileName();
    this.lines = source.text().split("\r\n|\r|\n", -1);
  }

  /** The cues of a file (its text has no BOM), polling the job's cancellation once per cue. */
  static List<WebVttCue> parse(TranscriptText source) {
    return new WebVttParser(source).cues();
  }

  /** Whether a line opens a WebVTT file: {@code WEBVTT}, alone or followed by a space or tab. */
  static boolean isHeader(String line) {
    return line.startsWith("WEBVTT")
        && (line.length() == 6 || line.charAt(6) == ' ' || line.charAt(6) == '\t');
  }

  private List<WebVttCue> cues() {
    if (!isHeader(lines[0])) {
      throw error(1, "expected the header WEBVTT, found \"" + abbreviate(lines[0]) + "\"");
    }
    List<WebVttCue> cues = new ArrayList<>();
    next = 0;
    block();
    while (skipBlankLines()) {
      source.checkpoint();
      int first = next;
      List<String> block = block();
      if (!isSkipped(block.get(0))) {
        cues.add(cue(first, block));
      }
    }
    return cues;
  }

  private boolean skipBlankLines() {
    while (next < lines.length && lines[next].isBlank()) {
      next++;
    }
    return next < lines.length;
  }

  private List<String> block() {
    List<String> block = new ArrayList<>();
    while (next < lines.length && !lines[next].isBlank()) {
      block.add(lines[next++]);
    }
    return block;
  }

  private static boolean isSkipped(String firstLine) {
    return startsWithWord(firstLine, "NOTE")
        || startsWithWord(firstLine, "STYLE")
        || startsWithWord(firstLine, "REGION");
  }

  private static boolean startsWithWord(String line, String word) {
    return line.startsWith(word)
        && (line.length() == word.length() || Character.isWhitespace(line.charAt(word.length())));
  }

  private WebVttCue cue(int first, List<String> block) {
    int timing = block.get(0).contains("-->") ? 0 : 1;
    if (timing >= block.size() || !block.get(timing).contains("-->")) {
      int index = Math.min(timing, block.size() - 1);
      throw error(
          first + index + 1,
          "expected a cue timing line like 00:00:01.000 --> 00:00:04.000, found \""
              + abbreviate(block.get(index))
              + "\"");
    }
    int line = first + timing + 1;
    String timingLine = block.get(timing);
    int arrow = timingLine.indexOf("-->");
    long start = time(line, timingLine.substring(0, arrow).strip());
    String[] rest = timingLine.substring(arrow + 3).strip().split("\\s+", 2);
    long end = time(line, rest[0]);
    if (end < start) {
      throw error(
          line,
          "the cue ends at "
              + WebVttTimestamp.format(end)
              + ", before it starts at "
              + WebVttTimestamp.format(start));
    }
    String payload = String.join("\n", block.subList(timing + 1, block.size()));
    return new WebVttCue(line, start, end, payload);
  }

  private long time(int line, String text) {
    if (text.startsWith("-")) {
      throw error(line, "negative time " + text + "; times start at 00:00:00.000");
    }
    return WebVttTimestamp.parseMillis(text)
        .orElseThrow(
            () ->
                error(
                    line,
                    "expected a timestamp like 00:01:02.500 or 01:02.500, found \""
                        + abbreviate(text)
                        + "\""));
  }

  private MediaUnreadableException error(int line, String message) {
    return new MediaUnreadableException(fileName + ": line " + line + ": " + message);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
