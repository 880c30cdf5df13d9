package dev.reportengine.core.internal.target;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.spi.Resolution.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule (a): the hint names an entity by its label or id, case and accent insensitive. The hint's
 * words without stop words equal to a label's or id's words score 1 ({@code exact_name}), as does a
 * hint that equals a label word for word ("Speaker A"); else entities sharing name words with the
 * hint score 0.8 for the most shared words, less in proportion for fewer ({@code partial_name}), so
 * that two entities sharing a first name tie. A name said as someone's ("Nadia's colleague") is not
 * the one the hint means, so it counts for nobody.
 */
final class NameRule implements HintRule {

  static final double EXACT = 1.0;
  static final double PARTIAL = 0.8;

  @Override
  public RuleResult apply(HintText hint, HintConversation conversation) {
    List<String> wanted = hint.contentWords();
    List<Scored> exact = new ArrayList<>();
    for (Entity e : conversation.entities()) {
      if (isExact(hint, e)) {
        exact.add(
            new Scored(
                e,
                EXACT,
                "exact_name",
                List.of(Evidence.of("the hint equals the name of " + describe(e)))));
      }
    }
    if (!exact.isEmpty() || wanted.isEmpty()) {
      return RuleResult.of(exact);
    }
    Set<String> names = new HashSet<>();
    wanted.stream().filter(w -> w.length() > 1 && HintText.hasLetter(w)).forEach(names::add);
    names.removeAll(hint.possessors());
    int best = 0;
    List<int[]> shares = new ArrayList<>();
    for (Entity e : conversation.entities()) {
      Set<String> own = new HashSet<>(nameWords(e.displayName()));
      own.addAll(nameWords(e.id()));
      int shared = (int) names.stream().filter(own::contains).count();
      shares.add(new int[] {shared});
      best = Math.max(best, shared);
    }
    List<Scored> partial = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      int shared = shares.get(i)[0];
      if (shared > 0) {
        Entity e = conversation.entities().get(i);
        partial.add(
            new Scored(
                e,
                PARTIAL * shared / best,
                "partial_name",
                List.of(
                    Evidence.of(
                        "the hint shares " + shared + " name word(s) with " + describe(e)))));
      }
    }
    return RuleResult.of(partial);
  }

  /**
   * The hint's words without stop words equal the label's or id's, or, for labels made of stop
   * words and letters such as "Speaker A", all the hint's words equal all the label's.
   */
  private static boolean isExact(HintText hint, Entity e) {
    List<String> wanted = hint.contentWords();
    if (!wanted.isEmpty()
        && (wanted.equals(nameWords(e.displayName())) || wanted.equals(nameWords(e.id())))) {
      return true;
    }
    return hint.words().equals(HintText.of(e.displayName()).words())
        || hint.words().equals(HintText.of(e.id()).words());
  }

  private static List<String> nameWords(String name) {
    return HintText.of(name).contentWords();
  }

  private static String describe(Entity e) {
    return HintConversation.describe(e);
  }
}
