package dev.reportengine.templates.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of the conversation about one topic.
 *
 * @param startSeconds where it starts: the start of its first utterance
 * @param endSeconds where it ends: the latest end of its utterances
 * @param label its most characteristic terms, best first (may be empty)
 * @param opening its first sentence, as evidence
 */
public record Chapter(double startSeconds, double endSeconds, List<String> label, Excerpt opening) {

  /** Requires all parts; copies the label. */
  public Chapter {
    label = List.copyOf(label);
    Objects.requireNonNull(opening, "opening");
  }
}
