package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Utterance;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of one speaker's speech: consecutive utterances by the same entity, merged across any
 * back-channels ("mm-hmm", "yeah") by others in between.
 *
 * @param entityId the speaker
 * @param utterances the speaker's utterances in the turn, in time order, at least one
 * @param words the words in them
 */
public record Turn(String entityId, List<Utterance> utterances, int words) {

  /** Requires at least one utterance; copies the list. */
  public Turn {
    Objects.requireNonNull(entityId, "entityId");
    utterances = List.copyOf(utterances);
    if (utterances.isEmpty()) {
      throw new IllegalArgumentException("a turn needs at least one utterance");
    }
  }

  /** When the turn starts. */
  public double startSeconds() {
    return utterances.get(0).startSeconds();
  }

  /** When the turn ends: the latest end of its utterances. */
  public double endSeconds() {
    return utterances.stream().mapToDouble(Utterance::endSeconds).max().orElseThrow();
  }

  /** From start to end, in seconds. */
  public double durationSeconds() {
    return endSeconds() - startSeconds();
  }

  /** The turn's first sentence, as evidence for it, timed by its first utterance. */
  public Excerpt opening() {
    Utterance first = utterances.get(0);
    List<String> sentences = Sentences.split(first.text());
    String text = sentences.isEmpty() ? first.text().strip() : sentences.get(0);
    return new Excerpt(entityId, first.startSeconds(), first.endSeconds(), text);
  }
}
