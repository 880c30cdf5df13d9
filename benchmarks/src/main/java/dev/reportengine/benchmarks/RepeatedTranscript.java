package dev.reportengine.benchmarks;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * A real transcript repeated back to back until it is {@code minutes} long, every repetition
 * shifted by the original's length and cut at the target length, so that length is the only thing
 * that grows.
 */
final class RepeatedTranscript {

  private RepeatedTranscript() {}

  static Media of(Media original, int minutes) {
    double length = minutes * 60.0;
    double period = original.durationSeconds();
    List<Utterance> out = new ArrayList<>();
    for (int k = 0; k * period < length; k++) {
      double shift = k * period;
      for (Utterance u : original.utterances()) {
        if (u.startSeconds() + shift >= length) {
          break;
        }
        out.add(
            Utterance.of(
                u.entityId(),
                u.startSeconds() + shift,
                Math.min(length, u.endSeconds() + shift),
                u.text()));
      }
    }
    return new Media(
        original.id() + "-x" + minutes + "min",
        length,
        original.url(),
        original.language(),
        original.entities(),
        out,
        List.of());
  }
}
