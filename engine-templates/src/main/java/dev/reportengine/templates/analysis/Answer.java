package dev.reportengine.templates.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer by the target: a turn of theirs, with the question that prompted it when the turn
 * before it (by someone else) ended with a question.
 *
 * @param index the answer's position among the target's answers, from 1
 * @param turn the target's turn
 * @param question the last question of the turn before, if that turn was someone else's
 * @param star the STAR parts the answer shows; empty without lexicons
 * @param words the turn's lowercase words, computed once
 * @param sentences the turn's sentences, computed once
 */
public record Answer(
    int index,
    Turn turn,
    Optional<Excerpt> question,
    Optional<StarCheck> star,
    List<String> words,
    List<Excerpt> sentences) {

  /** Requires all parts; copies the lists. */
  public Answer {
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(star, "star");
    words = List.copyOf(words);
    sentences = List.copyOf(sentences);
  }

  /**
   * Whether the answer is long enough to be assessed for STAR ({@value Answers#STAR_MIN_WORDS}).
   */
  public boolean substantive() {
    return turn.words() >= Answers.STAR_MIN_WORDS;
  }
}
