package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.internal.TranscriptBuilder.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown transcripts of {@code **Name:** text} paragraphs (as podcast sites publish them).
 * A paragraph without a bold name continues the turn before it. Time markers such as {@code
 * \[00:04:11.12\]} or {@code [05:59]}, wherever they stand, give the start of the text after them;
 * all other times are estimated from word counts. Every bold name is an entity, including
 * pseudo-speakers such as {@code Break} whose turn holds only a marker (they get no utterance).
 * Markdown escapes are undone; headings and text before the first name are skipped.
 */
final class MarkdownTranscriptImporter extends BuiltInFormat {

  MarkdownTranscriptImporter() {
    super(Match.WEAK);
  }

  private static final Pattern TURN = Pattern.compile("\\*\\*([^*\\n]{1,80}?):\\*\\*\\s*(.*)");
  private static final Pattern MARKER =
      Pattern.compile("\\\\?\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,3})?)\\\\*\\]");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*");

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String description() {
    return "Markdown transcript (paragraphs starting **Name:**)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source
        .text()
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .limit(20)
        .anyMatch(l -> TURN.matcher(l.strip()).matches());
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    String speaker = null;
    List<Part> parts = new ArrayList<>();
    for (String line : source.text().split("\r\n|\r|\n", -1)) {
      source.checkpoint();
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      Matcher turn = TURN.matcher(stripped);
      if (turn.matches()) {
        if (speaker != null) {
          builder.parts(speaker, parts);
        }
        parts = new ArrayList<>();
        String name = unescape(turn.group(1));
        speaker = builder.speaker(name, SpeakerPrefix.attributes(name));
        addParts(turn.group(2), parts);
      } else if (speaker != null) {
        addParts(stripped, parts);
      }
    }
    if (speaker != null) {
      builder.parts(speaker, parts);
    }
    return builder.build(mediaId);
  }

  /** Splits a paragraph at its time markers: the text after a marker starts at its time. */
  private static void addParts(String paragraph, List<Part> parts) {
    Matcher m = MARKER.matcher(paragraph);
    int from = 0;
    OptionalDouble start = OptionalDouble.empty();
    while (m.find()) {
      addPart(paragraph.substring(from, m.start()), start, parts);
      start = TimeCodes.parseSeconds(m.group(1));
      from = m.end();
    }
    addPart(paragraph.substring(from), start, parts);
  }

  private static void addPart(String text, OptionalDouble start, List<Part> parts) {
    if (!text.isBlank() || start.isPresent()) {
      parts.add(new Part(unescape(text), start, OptionalDouble.empty()));
    }
  }

  private static String unescape(String text) {
    return ESCAPE.matcher(EMPHASIS.matcher(text).replaceAll("")).replaceAll("$1").strip();
  }
}
