package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of one speaker's speech: consecutive utterances by the same entity, merged across any
 * back-channels ("mm-hmm", "yeah") by others in between. Immutable; its sentences are split once,
 * on first use, since every template reads them several times.
 */
public final class Turn {

  private final String entityId;
  private final List<Utterance> utterances;
  private final int words;
  private volatile List<Excerpt> sentences;

  /**
   * A turn; requires at least one utterance and copies the list.
   *
   * @param entityId the speaker
   * @param utterances the speaker's utterances in the turn, in time order, at least one
   * @param words the words in them
   */
  public Turn(String entityId, List<Utterance> utterances, int words) {
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.utterances = List.copyOf(utterances);
    if (this.utterances.isEmpty()) {
      throw new IllegalArgumentException("a turn needs at least one utterance");
    }
    this.words = words;
  }

  /** The speaker. */
  public String entityId() {
    return entityId;
  }

  /** The speaker's utterances in the turn, in time order, at least one. */
  public List<Utterance> utterances() {
    return utterances;
  }

  /** The words in the turn. */
  public int words() {
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Turn t
        && t.entityId.equals(entityId)
        && t.utterances.equals(utterances)
        && t.words == words;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityId, utterances, words);
  }

  @Override
  public String toString() {
    return "Turn[entityId="
        + entityId
        + ", utterances="
        + utterances.size()
        + ", words="
        + words
        + "]";
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
    List<Excerpt> split = sentences;
    if (split == null) {
      List<Excerpt> out = new ArrayList<>();
      for (Utterance u : utterances) {
        for (String s : Sentences.split(u.text())) {
          out.add(new Excerpt(entityId, u.startSeconds(), u.endSeconds(), s));
        }
      }
      split = List.copyOf(out);
      sentences = split;
    }
    return split;
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
