package dev.reportengine.media.internal;

import dev.reportengine.media.TranscriptFormat;
import java.util.List;

/** The built-in formats, in detection order: the most specific first. */
public final class BuiltInFormats {

  private BuiltInFormats() {}

  /** Every built-in format; new instances, each immutable. */
  public static List<TranscriptFormat> all() {
    return List.of(
        new MediaJson(),
        new WebVttImporter(),
        new RevNlpImporter(),
        new SrtImporter(),
        new SpeakerBlocksImporter(),
        new SpeakerLinesImporter(),
        new DeepgramImporter(),
        new AssemblyAiImporter(),
        new AwsTranscribeImporter(),
        new RevJsonImporter(),
        new QmsumImporter(),
        new WhisperJsonImporter(),
        new MarkdownTranscriptImporter());
  }

  /** Whether the format is one of these, whose exceptions other than the documented are bugs. */
  public static boolean isBuiltIn(TranscriptFormat format) {
    return format instanceof BuiltInFormat;
  }
}
