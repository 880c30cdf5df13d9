package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.internal.TranscriptBuilder.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads Rev's NLP format (as fstalign writes it): a header {@code token|speaker|ts|endTs|
 * punctuation|prepunctuation|...}, then one token per line. A turn is a run of lines with the same
 * speaker; a token's text is its prepunctuation, token and punctuation; empty {@code ts} or {@code
 * endTs} cells (tokens the aligner dropped) get estimated times.
 */
final class RevNlpImporter extends BuiltInFormat {

  RevNlpImporter() {
    super(Match.CERTAIN);
  }

  private static final String HEADER = "token|speaker|ts|endTs|punctuation|prepunctuation";

  @Override
  public String name() {
    return "rev-nlp";
  }

  @Override
  public String description() {
    return "Rev NLP (a header line starting " + HEADER + ")";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.text().startsWith(HEADER);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    String turnSpeaker = null;
    List<Part> turn = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      source.checkpoint();
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\\|", -1);
      if (cells.length < 6) {
        throw source.errorAtLine(
            i + 1, "expected at least 6 |-separated cells (" + HEADER + "), found " + cells.length);
      }
      String speaker = builder.speaker(cells[1].isBlank() ? "" : "Speaker " + cells[1].strip());
      if (turnSpeaker != null && !speaker.equals(turnSpeaker)) {
        builder.parts(turnSpeaker, turn);
        turn.clear();
      }
      turnSpeaker = speaker;
      OptionalDouble start = time(source, i + 1, "ts", cells[2]);
      OptionalDouble end = time(source, i + 1, "endTs", cells[3]);
      if (start.isPresent() && end.isPresent() && end.getAsDouble() < start.getAsDouble()) {
        throw source.errorAtLine(i + 1, "endTs " + cells[3] + " is before ts " + cells[2]);
      }
      turn.add(new Part(cells[5] + cells[0] + cells[4], start, end));
    }
    if (turnSpeaker != null) {
      builder.parts(turnSpeaker, turn);
    }
    return builder.build(mediaId);
  }

  private static OptionalDouble time(TranscriptText source, int line, String column, String cell) {
    if (cell.isBlank()) {
      return OptionalDouble.empty();
    }
    double value;
    try {
      value = Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      throw source.errorAtLine(
          line,
          column
              + ": expected seconds such as 12.71, found \""
              + JsonReads.abbreviate(cell)
              + "\"");
    }
    if (!Double.isFinite(value) || value < 0 || value > JsonReads.MAX_SECONDS) {
      throw source.errorAtLine(
          line,
          column
              + ": time "
              + cell.strip()
              + " must be finite, at least 0 and at most "
              + (long) JsonReads.MAX_SECONDS
              + " seconds");
    }
    return OptionalDouble.of(value);
  }
}
