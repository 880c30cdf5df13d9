package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the sales playbook reports, computed once from the shared analysis.
 *
 * @param a the shared analysis
 * @param coverage each playbook element with the first sentence that addresses it, if any
 * @param competitors one claim per competitor named (see {@link Competitors})
 * @param listed the {@code competitors} parameter, empty when not given
 * @param pricingMentions sentences that state an amount of money (see {@link Money})
 * @param objections the buyer's objections (see {@link Objections}; empty without lexicons)
 * @param nextSteps next steps and action items
 */
record SalesFacts(
    ConversationAnalysis a,
    List<Coverage> coverage,
    List<Finding> competitors,
    List<String> listed,
    List<Excerpt> pricingMentions,
    List<Finding> objections,
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
   * @param first the first sentence that addresses it
   */
  record Coverage(PlaybookElement element, Optional<Excerpt> first) {}

  static SalesFacts of(
      ConversationAnalysis a, List<PlaybookElement> elements, List<String> competitors) {
    List<Coverage> coverage = new ArrayList<>();
    for (PlaybookElement e : elements) {
      coverage.add(new Coverage(e, first(a, e)));
    }
    List<Excerpt> pricing =
        a.sentenceIndex().sentences().stream().filter(e -> Money.statesAmount(e.text())).toList();
    List<Finding> objections = a.language().isPresent() ? Objections.of(a) : List.of();
    List<Item> next = a.items().orElse(List.of()).stream().filter(Item::isStep).toList();
    return new SalesFacts(
        a,
        coverage,
        Competitors.of(a, competitors),
        List.copyOf(competitors),
        pricing,
        objections,
        next);
  }

  /** The first sentence that addresses {@code e}: by its rule, else by one of its phrases. */
  private static Optional<Excerpt> first(ConversationAnalysis a, PlaybookElement e) {
    if (e.rule().isEmpty()) {
      return a.mentions(e.lexicon(), id -> true).stream()
          .filter(x -> !negated(x.text()))
          .findFirst();
    }
    Pattern rule = e.rule().get();
    String seller = a.target().id();
    double opening = a.media().durationSeconds() * OPENING_SHARE;
    for (Excerpt x : a.sentenceIndex().sentences()) {
      boolean speaker =
          switch (e.who()) {
            case "target" -> x.entityId().equals(seller);
            case "others" -> !x.entityId().equals(seller);
            case "target_opening" -> x.entityId().equals(seller) && x.startSeconds() <= opening;
            default -> true;
          };
      if (speaker
          && rule.matcher(x.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find()) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }

  private static boolean negated(String sentence) {
    return NEGATION.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /** The share of the call, from its start, in which the seller's agenda counts. */
  static final double OPENING_SHARE = 0.2;

  private static final Pattern NEGATION =
      Pattern.compile("\\b(not|no|never|doubt|don't|doesn't|isn't|aren't|won't|can't)\\b");

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
