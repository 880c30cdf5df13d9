package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
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

  /** Every sentence of the turn, each timed by the utterance it is in. */
  public List<Excerpt> sentences() {
    List<Excerpt> out = new ArrayList<>();
    for (Utterance u : utterances) {
      for (String s : Sentences.split(u.text())) {
        out.add(new Excerpt(entityId, u.startSeconds(), u.endSeconds(), s));
      }
    }
    return List.copyOf(out);
  }

  /** The turn's words, lowercase, as {@link Tokens#words(String)} splits them. */
  public List<String> lowerWords() {
    List<String> out = new ArrayList<>();
    for (Utterance u : utterances) {
      out.addAll(Tokens.words(u.text()));
    }
    return out;
  }

  /**
   * The turn's first sentence of at least {@code minWords} words that is not a question, else its
   * {@link #opening()}: a quote that says what the turn is about rather than "Sure."
   */
  public Excerpt lead(int minWords) {
    return sentences().stream()
        .filter(e -> Tokens.wordCount(e.text()) >= minWords && !Sentences.isQuestion(e.text()))
        .findFirst()
        .orElseGet(this::opening);
  }

  /** The turn's first sentence, as evidence for it, timed by its first utterance. */
  public Excerpt opening() {
    Utterance first = utterances.get(0);
    List<String> sentences = Sentences.split(first.text());
    String text = sentences.isEmpty() ? first.text().strip() : sentences.get(0);
    return new Excerpt(entityId, first.startSeconds(), first.endSeconds(), text);
  }
}
