package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.Money;
import dev.reportengine.templates.analysis.Prompts;
import dev.reportengine.templates.analysis.SentenceIndex;
import dev.reportengine.text.Sentences;
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
    List<Item> next = a.items().orElse(List.of()).stream().filter(Item::isStep).toList();
    List<Coverage> coverage = new ArrayList<>();
    Optional<Excerpt> agenda = Optional.empty();
    for (PlaybookElement e : elements) {
      Optional<Excerpt> first = first(a, e, agenda);
      if (first.isEmpty() && e.name().equals(NEXT_STEPS)) {
        first =
            next.stream()
                .filter(i -> i.committed() && i.due().isPresent())
                .map(Item::quote)
                .findFirst()
                .or(() -> next.stream().filter(Item::committed).map(Item::quote).findFirst());
      }
      if (agenda.isEmpty() && e.rule().isPresent() && e.who().equals("target_opening")) {
        agenda = first;
      }
      coverage.add(new Coverage(e, first));
    }
    List<Excerpt> pricing = new ArrayList<>();
    for (Excerpt e : a.sentenceIndex().sentences()) {
      a.checkpoint();
      if (Money.statesAmount(e.text())) {
        pricing.add(e);
      }
    }
    List<Finding> objections = a.language().isPresent() ? Objections.of(a) : List.of();
    return new SalesFacts(
        a,
        coverage,
        Competitors.of(a, competitors),
        List.copyOf(competitors),
        pricing,
        objections,
        next);
  }

  /**
   * The first sentence that addresses {@code e}: by its rule, else by one of its phrases. A heading
   * ("Right, the next steps.", fewer than {@value #MIN_EVIDENCE_WORDS} words) is not evidence, and
   * neither is the seller's plan for the call (the {@code agenda} sentence and the seller's
   * sentences in the {@value #AGENDA_SECONDS} seconds after it) for any other element.
   */
  private static Optional<Excerpt> first(
      ConversationAnalysis a, PlaybookElement e, Optional<Excerpt> agenda) {
    if (e.rule().isEmpty()) {
      return a.mentions(e.lexicon(), id -> true).stream()
          .filter(x -> !negated(x.text()))
          .findFirst();
    }
    Pattern rule = e.rule().get();
    String seller = a.target().id();
    double opening = a.media().durationSeconds() * OPENING_SHARE;
    SentenceIndex index = a.sentenceIndex();
    List<Excerpt> sentences = index.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Excerpt x = sentences.get(i);
      a.checkpoint();
      boolean speaker =
          switch (e.who()) {
            case "target" -> x.entityId().equals(seller);
            case "others" -> !x.entityId().equals(seller);
            case "target_opening" -> x.entityId().equals(seller) && x.startSeconds() <= opening;
            default -> true;
          };
      boolean plan =
          agenda.isPresent()
              && x.entityId().equals(agenda.get().entityId())
              && x.startSeconds() >= agenda.get().startSeconds()
              && x.startSeconds() <= agenda.get().startSeconds() + AGENDA_SECONDS;
      if (speaker
          && !plan
          && index.wordCount(i) >= MIN_EVIDENCE_WORDS
          && rule.matcher(index.lower(i)).find()) {
        return Optional.of(answer(sentences, i).orElse(x));
      }
    }
    return Optional.empty();
  }

  /**
   * The buyer's answer when sentence {@code i} is the seller asking about an element ("So tell me
   * how things work at the moment."): the first sentence of the next speaker's reply, when it says
   * something ({@value #MIN_EVIDENCE_WORDS} words or more) and is not itself a question. The answer
   * addresses the element; the question only asks about it.
   */
  private static Optional<Excerpt> answer(List<Excerpt> sentences, int i) {
    Excerpt asked = sentences.get(i);
    if (!Sentences.isQuestion(asked.text()) && !Prompts.isRequest(asked.text())) {
      return Optional.empty();
    }
    if (i + 1 < sentences.size() && sentences.get(i + 1).entityId().equals(asked.entityId())) {
      return Optional.empty(); // more said after the question: the answer is not next
    }
    return Optional.ofNullable(i + 1 < sentences.size() ? sentences.get(i + 1) : null)
        .filter(r -> dev.reportengine.text.Tokens.wordCount(r.text()) >= MIN_EVIDENCE_WORDS)
        .filter(r -> !Sentences.isQuestion(r.text()));
  }

  private static boolean negated(String sentence) {
    return NEGATION.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * The element that an agreed step covers: when no sentence addresses it in its own words, the
   * first committed next step with a due date found in the call does (else the first committed
   * one).
   */
  static final String NEXT_STEPS = "Next steps";

  /** The fewest words of a sentence that is evidence of an element. */
  static final int MIN_EVIDENCE_WORDS = 5;

  /** How long after its first sentence the seller's plan for the call may go on, in seconds. */
  static final double AGENDA_SECONDS = 30;

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
