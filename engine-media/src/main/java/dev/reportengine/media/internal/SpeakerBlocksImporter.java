package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads diarized plain text in blocks (as whisper + pyannote scripts write it): a header line
 * {@code [0:00:00.00 - 0:00:30.06] SPEAKER_00}, then the text lines until the next header. The
 * speaker is kept as written; {@code None} or {@code Unknown} is the {@code unknown} entity.
 */
final class SpeakerBlocksImporter extends BuiltInFormat {

  SpeakerBlocksImporter() {
    super(Match.SOLID);
  }

  private static final Pattern HEADER =
      Pattern.compile("\\[\\s*([0-9:.,]{4,20})\\s*-{1,2}>?\\s*([0-9:.,]{4,20})\\s*\\]\\s*(.*)");

  @Override
  public String name() {
    return "speaker-blocks";
  }

  @Override
  public String description() {
    return "speaker blocks (lines like [0:00:00.00 - 0:00:30.06] SPEAKER_00, then text)";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source
        .text()
        .lines()
        .filter(l -> !l.isBlank())
        .findFirst()
        .map(l -> HEADER.matcher(l.strip()).matches())
        .orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    List<TextBlocks.Block> blocks = TextBlocks.split(source, HEADER);
    for (TextBlocks.Block block : blocks) {
      Matcher m = block.header();
      double start = TextBlocks.time(source, block.line(), m.group(1));
      double end = TextBlocks.time(source, block.line(), m.group(2));
      if (end < start) {
        throw source.errorAtLine(
            block.line(),
            "the block ends at " + m.group(2) + ", before it starts at " + m.group(1));
      }
      builder.timed(builder.speaker(m.group(3)), start, end, block.text(), List.of());
    }
    return builder.build(mediaId);
  }
}
