package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who asks the questions and who answers them. A question is a turn that ends with a question mark;
 * an answer is the next turn by another person after it. Askers are scored by questions asked,
 * answerers by words spoken in answers; either way the score is 0.8 times the person's count over
 * the sum of the top two counts, so a clear leader reaches the threshold and two similar people do
 * not.
 */
final class ConversationRoles {

  static final double FULL = 0.8;

  private static final Pattern TRAILING_QUESTION = Pattern.compile("\\?[\\s\"'’”)\\]]*$");

  private ConversationRoles() {}

  /** The people who ask the questions, by questions asked. */
  static List<Scored> askers(HintConversation c, String why) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Turn> example = new LinkedHashMap<>();
    long all = 0;
    for (Turn t : c.personTurns()) {
      if (isQuestion(t)) {
        counts.merge(t.speaker().id(), 1L, Long::sum);
        example.putIfAbsent(t.speaker().id(), t);
        all++;
      }
    }
    long total = all;
    return scores(
        c,
        counts,
        (id, n) ->
            example
                .get(id)
                .evidence(
                    why
                        + ": asks "
                        + n
                        + " of the "
                        + total
                        + " questions, first at "
                        + TimeExpressions.clock(example.get(id).start())));
  }

  /** The people who answer others' questions, by words spoken in answers. */
  static List<Scored> answerers(HintConversation c, String why) {
    Map<String, Long> words = new LinkedHashMap<>();
    Map<String, Turn> longest = new LinkedHashMap<>();
    long all = 0;
    for (Turn t : c.personTurns()) {
      if (!isQuestion(t)) {
        continue;
      }
      Optional<Turn> answer = c.nextSpeaker(t);
      if (answer.isPresent()) {
        Turn a = answer.get();
        long n = a.text().words().size();
        words.merge(a.speaker().id(), n, Long::sum);
        longest.merge(
            a.speaker().id(),
            a,
            (x, y) -> y.text().words().size() > x.text().words().size() ? y : x);
        all += n;
      }
    }
    long total = all;
    return scores(
        c,
        words,
        (id, n) ->
            longest
                .get(id)
                .evidence(
                    why
                        + ": speaks "
                        + n
                        + " of the "
                        + total
                        + " words said in answer to questions; longest answer quoted"));
  }

  private interface Describe {
    Evidence of(String id, long count);
  }

  private static List<Scored> scores(HintConversation c, Map<String, Long> counts, Describe d) {
    List<Long> top = counts.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
    long sum = top.stream().mapToLong(Long::longValue).sum();
    List<Scored> scored = new ArrayList<>();
    for (Entity e : c.people()) {
      Long n = counts.get(e.id());
      if (n != null && n > 0 && sum > 0) {
        scored.add(
            new Scored(e, Math.min(1, FULL * n / sum), "role_behaviour", List.of(d.of(e.id(), n))));
      }
    }
    return scored;
  }

  /**
   * A turn that ends with a question hands the floor over; a question inside a monologue ("Why? I
   * see that ...") is rhetorical and asks nobody.
   */
  private static boolean isQuestion(Turn t) {
    return TRAILING_QUESTION.matcher(t.utterance().text()).find();
  }
}
