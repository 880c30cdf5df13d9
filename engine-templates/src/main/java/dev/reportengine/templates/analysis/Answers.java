package dev.reportengine.templates.analysis;

import dev.reportengine.api.spi.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The target's answers: every turn of theirs (back-channels merged away, see {@link Turns}), each
 * paired with the prompt that asked for it (the last question or request of the turn before, see
 * {@link Prompts}; when that turn holds none, the closest earlier prompt by others since the target
 * last spoke, as when a second interviewer speaks between a question and its answer), and, for
 * answers of at least {@value #STAR_MIN_WORDS} words, checked for the STAR structure. A turn that
 * goes on after someone else's remark with no prompt in it adds its sentences to the STAR check of
 * the answer it continues (the answer's own sentences, which quotes cite, stay its turn's).
 */
public final class Answers {

  /** The fewest words an answer needs to be assessed for STAR; shorter replies are not stories. */
  public static final int STAR_MIN_WORDS = 20;

  private Answers() {}

  /** The answers of {@code entityId} in {@code turns}, in time order. */
  public static List<Answer> of(
      List<Turn> turns, String entityId, Optional<LanguagePack> language) {
    return of(turns, entityId, language, CancellationToken.NONE);
  }

  /** As {@link #of(List, String, Optional)}, polling {@code cancellation} per turn. */
  public static List<Answer> of(
      List<Turn> turns,
      String entityId,
      Optional<LanguagePack> language,
      CancellationToken cancellation) {
    List<Answer> out = new ArrayList<>();
    for (int k = 0; k < turns.size(); k++) {
      cancellation.throwIfCanceled();
      Turn t = turns.get(k);
      if (!t.entityId().equals(entityId)) {
        continue;
      }
      Optional<Excerpt> question = Optional.empty();
      if (k > 0 && !turns.get(k - 1).entityId().equals(entityId)) {
        question = lastPrompt(turns.get(k - 1));
        if (question.isEmpty()) {
          question = unansweredPrompt(turns, k, entityId);
        }
      }
      List<String> words = t.lowerWords();
      List<Excerpt> sentences = t.sentences();
      if (question.isEmpty() && continues(turns, k, entityId) && !out.isEmpty()) {
        Answer told = out.get(out.size() - 1);
        if (told.question().isPresent() && told.star().isPresent()) {
          // "Oh, aye, that's a sacking offence." "It is. I stopped him straight away, ...": the
          // story goes on after the listener's remark, so its parts count for the answer it began
          List<Excerpt> whole = new ArrayList<>(told.sentences());
          whole.addAll(sentences);
          out.set(
              out.size() - 1,
              new Answer(
                  told.index(),
                  told.turn(),
                  told.question(),
                  language.map(l -> StarCheck.ofSentences(whole, l)),
                  told.words(),
                  told.sentences()));
        }
      }
      Optional<StarCheck> star =
          t.words() >= STAR_MIN_WORDS
              ? language.map(l -> StarCheck.ofSentences(sentences, l))
              : Optional.empty();
      out.add(new Answer(out.size() + 1, t, question, star, words, sentences));
    }
    return List.copyOf(out);
  }

  /**
   * Whether turn {@code k} of the target goes on with their previous turn: the only turn between
   * them is someone else's remark with no prompt in it ("Oh, aye, that's a sacking offence at some
   * places.").
   */
  private static boolean continues(List<Turn> turns, int k, String entityId) {
    return k >= 2
        && turns.get(k - 2).entityId().equals(entityId)
        && !turns.get(k - 1).entityId().equals(entityId)
        && lastPrompt(turns.get(k - 1)).isEmpty();
  }

  private static Optional<Excerpt> lastPrompt(Turn turn) {
    List<Excerpt> sentences = turn.sentences();
    for (int i = sentences.size() - 1; i >= 0; i--) {
      if (Prompts.isPrompt(sentences.get(i).text())) {
        return Optional.of(sentences.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The closest prompt by others before turn {@code k} that the target has not answered yet: when a
   * second interviewer speaks between a question and its answer ("Take your time").
   */
  private static Optional<Excerpt> unansweredPrompt(List<Turn> turns, int k, String entityId) {
    for (int j = k - 1; j >= 0; j--) {
      Turn before = turns.get(j);
      if (before.entityId().equals(entityId)) {
        return Optional.empty();
      }
      Optional<Excerpt> prompt = lastPrompt(before);
      if (prompt.isPresent()) {
        return prompt;
      }
    }
    return Optional.empty();
  }
}
