package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptFormat;
import dev.reportengine.media.TranscriptText;

/**
 * A built-in format: a yes/no signature check ({@link #recognizes}) and the fixed {@link Match} it
 * claims when the signature fits. The strengths never rise along {@link BuiltInFormats#all()}, so
 * the strongest built-in is always the first that recognizes the file.
 */
abstract class BuiltInFormat implements TranscriptFormat {

  private final Match match;

  BuiltInFormat(Match match) {
    this.match = match;
  }

  /** Whether the file looks like this format: a cheap check of its signature. */
  abstract boolean recognizes(TranscriptText source);

  /** The strength this format claims for a file it recognizes. */
  final Match match() {
    return match;
  }

  @Override
  public final Match detect(TranscriptText source) {
    return recognizes(source) ? match : Match.NONE;
  }

  /** Whether the decoded text looks like this format; for tests. */
  final boolean recognizes(String text) {
    return recognizes(TranscriptText.of("", text));
  }

  /** Reads decoded text as this format; for tests. */
  final Media read(String mediaId, String fileName, String text) {
    return read(mediaId, TranscriptText.of(fileName, text));
  }
}
