package dev.reportengine.media.internal;

import java.util.Optional;

/**
 * A stretch of cue text and the voice that speaks it.
 *
 * @param voice the {@code <v>} annotation, or empty for text outside any voice span
 * @param text plain text: tags removed, entities decoded, whitespace collapsed; never blank
 */
record VoiceSpan(Optional<String> voice, String text) {

  int wordCount() {
    return text.split(" ").length;
  }
}
