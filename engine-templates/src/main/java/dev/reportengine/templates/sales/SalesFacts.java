package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.ItemKind;
import dev.reportengine.templates.analysis.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the sales playbook reports, computed once from the shared analysis.
 *
 * @param a the shared analysis
 * @param coverage each playbook element with its first mention, if any
 * @param competitorMentions sentences naming a competitor
 * @param pricingMentions sentences about pricing (empty without lexicons)
 * @param nextSteps next steps and action items
 */
record SalesFacts(
    ConversationAnalysis a,
    List<Coverage> coverage,
    List<Excerpt> competitorMentions,
    List<Excerpt> pricingMentions,
    List<Item> nextSteps) {

  /** The Gong Labs reference talk ratio for sellers. */
  static final double TALK_SHARE_REFERENCE = 0.43;

  /** The Gong Labs reference range of questions per discovery call. */
  static final int QUESTIONS_LOW = 11;

  static final int QUESTIONS_HIGH = 14;

  /** The longest monologue reference, in seconds. */
  static final double MONOLOGUE_REFERENCE = 120;

  /** A customer story this long or longer is noted, in seconds. */
  static final double STORY_NOTED = 240;

  /** The source of the references, shown with them. */
  static final String SOURCE =
      "Gong Labs analyses of recorded B2B sales calls (talk ratio from 25,537 calls)";

  /**
   * A playbook element and its first mention.
   *
   * @param element the element
   * @param first the first sentence, by anyone, holding one of its phrases
   */
  record Coverage(PlaybookElement element, Optional<Excerpt> first) {}

  static SalesFacts of(
      ConversationAnalysis a, List<PlaybookElement> elements, List<String> competitors) {
    List<Coverage> coverage = new ArrayList<>();
    for (PlaybookElement e : elements) {
      List<Excerpt> found = a.mentions(e.lexicon(), id -> true);
      coverage.add(new Coverage(e, found.stream().findFirst()));
    }
    List<Excerpt> competitorMentions = a.mentions(Lexicon.of(competitors), id -> true);
    List<Excerpt> pricing =
        a.language().map(l -> a.mentions(l.lexicon("pricing"), id -> true)).orElse(List.of());
    List<Item> next =
        a.items().orElse(List.of()).stream()
            .filter(i -> i.kind() == ItemKind.NEXT_STEP || i.kind() == ItemKind.ACTION_ITEM)
            .toList();
    return new SalesFacts(a, coverage, competitorMentions, pricing, next);
  }

  long covered() {
    return coverage.stream().filter(c -> c.first().isPresent()).count();
  }

  double coverageShare() {
    return coverage.isEmpty() ? 0 : covered() / (double) coverage.size();
  }

  /** Where in the call a moment fell: early, middle or late third. */
  String position(double seconds) {
    double duration = a.media().durationSeconds();
    double f = duration > 0 ? seconds / duration : 0;
    return f < 1.0 / 3 ? "early in the call" : f < 2.0 / 3 ? "mid-call" : "late in the call";
  }
}
