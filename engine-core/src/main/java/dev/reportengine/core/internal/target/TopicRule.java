package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.core.internal.target.HintConversation.Turn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule (g): topic words. Each person's turns together form one document; the hint's content words
 * (stemmed alike) are the query; documents are ranked with {@link Bm25}. A person scores 0.8 times
 * their BM25 score over the sum of the top two, so the top needs clearly more than the runner-up.
 * The evidence quotes the person's turn with the most distinct query terms (earliest on ties). A
 * hint that reads as a name ({@link HintText#isProperName()}) is not a topic: a person who is only
 * talked about must not be found as the one who talks about them.
 */
final class TopicRule implements HintRule {

  static final double FULL = 0.8;

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> query = terms(hint);
    if (query.isEmpty() || hint.isProperName()) {
      return RuleResult.none();
    }
    List<Entity> people = conversation.people();
    List<List<String>> documents = new ArrayList<>();
    for (Entity e : people) {
      List<String> doc = new ArrayList<>();
      for (Turn t : conversation.personTurns()) {
        if (t.speaker().id().equals(e.id())) {
          doc.addAll(terms(t.text()));
        }
      }
      documents.add(doc);
    }
    Bm25 bm25 = new Bm25(documents);
    double[] raw = new double[people.size()];
    for (int i = 0; i < people.size(); i++) {
      raw[i] = bm25.score(i, query);
    }
    double[] sorted = raw.clone();
    Arrays.sort(sorted);
    double topTwo =
        sorted.length == 0
            ? 0
            : sorted[sorted.length - 1] + (sorted.length > 1 ? sorted[sorted.length - 2] : 0);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (raw[i] > 0) {
        Turn best = bestTurn(people.get(i), query, conversation);
        String description =
            String.format(
                Locale.ROOT,
                "BM25 %.2f for the words [%s] over their turns",
                raw[i],
                String.join(" ", query));
        scored.add(
            new Scored(
                people.get(i),
                Math.min(1, FULL * raw[i] / topTwo),
                "topic_bm25",
                List.of(best.evidence(description))));
      }
    }
    return RuleResult.of(scored);
  }

  private static Turn bestTurn(Entity who, List<String> query, HintConversation conversation) {
    Set<String> wanted = new HashSet<>(query);
    Turn best = null;
    long bestDistinct = -1;
    long bestCount = -1;
    for (Turn t : conversation.personTurns()) {
      if (!t.speaker().id().equals(who.id())) {
        continue;
      }
      List<String> terms = terms(t.text());
      long distinct = terms.stream().filter(wanted::contains).distinct().count();
      long count = terms.stream().filter(wanted::contains).count();
      if (distinct > bestDistinct || distinct == bestDistinct && count > bestCount) {
        best = t;
        bestDistinct = distinct;
        bestCount = count;
      }
    }
    return best;
  }

  private static List<String> terms(HintText text) {
    return text.contentWords().stream().filter(HintText::hasLetter).map(HintText::stem).toList();
  }
}
