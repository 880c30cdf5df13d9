package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.internal.TranscriptBuilder.Part;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads diarized plain text with start times only: a line {@code H:MM:SS<TAB>SPEAKER_05}, then the
 * text lines until the next such line. The file gives no end times, so each turn's end is estimated
 * from its word count, and never runs past the next turn's start. {@code None} or {@code Unknown}
 * is the {@code unknown} entity.
 */
final class SpeakerLinesImporter extends BuiltInFormat {

  SpeakerLinesImporter() {
    super(Match.SOLID);
  }

  private static final Pattern HEADER =
      Pattern.compile("(\\d{1,6}:\\d{1,2}(?::\\d{1,2})?(?:[.,]\\d{1,9})?)\\t+(.*)");

  @Override
  public String name() {
    return "speaker-lines";
  }

  @Override
  public String description() {
    return "speaker lines (H:MM:SS<TAB>SPEAKER, then text; start times only)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source
        .text()
        .lines()
        .filter(l -> !l.isBlank())
        .findFirst()
        .map(l -> HEADER.matcher(l).matches())
        .orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    for (TextBlocks.Block block : TextBlocks.split(source, HEADER)) {
      Matcher m = block.header();
      double start = TextBlocks.time(source, block.line(), m.group(1));
      builder.parts(
          builder.speaker(m.group(2)),
          List.of(new Part(block.text(), OptionalDouble.of(start), OptionalDouble.empty())));
    }
    return builder.build(mediaId);
  }
}
