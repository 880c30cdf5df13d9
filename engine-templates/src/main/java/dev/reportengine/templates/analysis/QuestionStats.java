package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The target's questions (see {@link Questions}): how many, how many per hour of the call, how many
 * open (a request said as a statement such as "Give me an example of ...", or the first word, after
 * a leading and/or/so/but/okay, is in the language's {@code open-question-starters}) and closed,
 * and where in the call they fell (thirds of the media's length, and the mean position as a
 * fraction 0..1).
 *
 * @param questions every question, in time order
 * @param perHour questions per hour of media; 0 for a media without length
 * @param open open questions; empty without lexicons
 * @param closed closed questions; empty without lexicons
 * @param byThird questions in the first, second and last third of the call
 * @param meanPosition mean start of the questions as a fraction of the media's length; 0 for none
 */
public record QuestionStats(
    List<Excerpt> questions,
    double perHour,
    Optional<Integer> open,
    Optional<Integer> closed,
    List<Integer> byThird,
    double meanPosition) {

  private static final Set<String> LEADERS = Set.of("and", "or", "so", "but", "okay", "ok", "well");

  /** Requires all parts; copies the lists. */
  public QuestionStats {
    questions = List.copyOf(questions);
    byThird = List.copyOf(byThird);
  }

  /** Computes the statistics of {@code entityId}'s questions. */
  public static QuestionStats of(Media media, String entityId, Optional<LanguagePack> language) {
    List<Excerpt> questions = Questions.askedBy(media, entityId);
    double duration = media.durationSeconds();
    int[] thirds = new int[3];
    double positions = 0;
    int open = 0;
    for (Excerpt q : questions) {
      double position = duration > 0 ? q.startSeconds() / duration : 0;
      positions += position;
      thirds[Math.min(2, (int) (position * 3))]++;
      if (language.isPresent()
          && isOpen(q.text(), language.get().lexicon("open-question-starters"))) {
        open++;
      }
    }
    int count = questions.size();
    int openCount = open;
    return new QuestionStats(
        questions,
        duration > 0 ? count / (duration / 3600) : 0,
        language.map(l -> openCount),
        language.map(l -> count - openCount),
        List.of(thirds[0], thirds[1], thirds[2]),
        count > 0 ? positions / count : 0);
  }

  private static boolean isOpen(String question, Lexicon starters) {
    if (Prompts.isRequest(question)) {
      return true;
    }
    for (String word : Tokens.words(question)) {
      if (!LEADERS.contains(word)) {
        return starters.contains(word);
      }
    }
    return false;
  }

  /** How many questions. */
  public int count() {
    return questions.size();
  }
}
