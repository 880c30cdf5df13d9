package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Decimals;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Item;
import dev.reportengine.templates.analysis.Learned;
import dev.reportengine.templates.analysis.Money;
import dev.reportengine.templates.analysis.Prompts;
import dev.reportengine.templates.analysis.SentenceClassifier;
import dev.reportengine.templates.analysis.SentenceIndex;
import dev.reportengine.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sales playbook reports, computed once from the shared analysis.
 *
 * @param a the shared analysis
 * @param coverage each playbook element with the first sentence that addresses it, if any
 * @param competitors one claim per competitor named (see {@link Competitors})
 * @param listed the {@code competitors} parameter, empty when not given
 * @param pricingMentions sentences that state an amount of money (see {@link Money}), or that the
 *     language's {@code prices} classifier takes as a price (see {@link #learnedPrice})
 * @param learnedPrices the mentions the classifier took, with why
 * @param objections the buyer's objections (see {@link Objections}; empty without lexicons)
 * @param nextSteps next steps and action items
 */
record SalesFacts(
    ConversationAnalysis a,
    List<Coverage> coverage,
    List<Finding> competitors,
    List<String> listed,
    List<Excerpt> pricingMentions,
    Map<Excerpt, Learned> learnedPrices,
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
   * A playbook element and the sentence that shows it was covered.
   *
   * @param element the element
   * @param first the sentence that addresses it (see {@link #of})
   * @param rule what found it: {@code playbook_element.<who>_rule} when the element's rule matches
   *     it, {@value #CLASSIFIER} when only the classifier took it, {@code playbook_element.phrases}
   *     for a custom element
   * @param score the probability the element's classifier gave that sentence, when it has one
   * @param terms the terms of that sentence that raised the probability most, when it has one
   * @param scored the question the classifier scored, when the evidence is the buyer's answer to it
   *     (the score and terms are the question's)
   */
  record Coverage(
      PlaybookElement element,
      Optional<Excerpt> first,
      String rule,
      Optional<Double> score,
      List<String> terms,
      Optional<String> scored) {

    /** Coverage decided by {@code element}'s rule or phrases alone. */
    Coverage(PlaybookElement element, Optional<Excerpt> first) {
      this(element, first, ruleOf(element), Optional.empty(), List.of(), Optional.empty());
    }

    /** The rule of {@code element}: {@code playbook_element.<who>_rule} or {@code ...phrases}. */
    static String ruleOf(PlaybookElement element) {
      return element.rule().isPresent()
          ? "playbook_element." + element.who() + "_rule"
          : "playbook_element.phrases";
    }
  }

  /** The rule of evidence the classifier took that the element's rule does not match. */
  static final String CLASSIFIER = "playbook_element.classifier";

  /**
   * The facts of the sales report. A playbook element's rule decides which sentences address it; of
   * those, the one its classifier (when the language has one for the methodology) scores highest is
   * the evidence, else the first. An agreed step covers {@value #NEXT_STEPS} when no sentence
   * addresses it in its own words.
   */
  /**
   * The probability from which an element's classifier takes a sentence its rule does not match as
   * evidence. Left-one-call-out on the development sales calls, 0.5 and 0.9 pick the right evidence
   * equally often (211 and 209 of 232 elements); on calls that are not sales calls, 0.5 covers most
   * elements with sentences scored 0.55-0.89 ("The things will go fuzzy and blurry." as Decision
   * process).
   */
  static final double COVERED = 0.9;

  static SalesFacts of(
      ConversationAnalysis a, List<PlaybookElement> elements, List<String> competitors) {
    List<Item> next = a.items().orElse(List.of()).stream().filter(Item::isStep).toList();
    List<Coverage> coverage = new ArrayList<>();
    Optional<Excerpt> agenda = Optional.empty();
    Map<Integer, SentenceClassifier.Vector> read = new HashMap<>(); // sentences read once
    for (PlaybookElement e : elements) {
      Coverage c = covered(a, e, agenda, read);
      if (c.first().isEmpty() && e.name().equals(NEXT_STEPS)) {
        c =
            new Coverage(
                e,
                next.stream()
                    .filter(i -> i.committed() && i.due().isPresent())
                    .map(Item::quote)
                    .findFirst()
                    .or(() -> next.stream().filter(Item::committed).map(Item::quote).findFirst()));
      }
      if (agenda.isEmpty() && e.rule().isPresent() && e.who().equals("target_opening")) {
        agenda = c.first();
      }
      coverage.add(c);
    }
    List<Excerpt> pricing = new ArrayList<>();
    Map<Excerpt, Learned> learnedPrices = new HashMap<>();
    Optional<SentenceClassifier> prices = a.language().flatMap(l -> l.classifier(PRICES_MODEL));
    for (Excerpt e : a.sentenceIndex().sentences()) {
      a.checkpoint();
      if (!pricing.isEmpty() && pricing.get(pricing.size() - 1).equals(e)) {
        continue; // the same sentence said twice in one utterance is one mention
      }
      if (Money.statesAmount(e.text())) {
        pricing.add(e);
      } else {
        prices
            .flatMap(m -> learnedPrice(m, e.text()))
            .ifPresent(
                l -> {
                  pricing.add(e);
                  learnedPrices.put(e, l);
                });
      }
    }
    List<Finding> rivals = Competitors.of(a, competitors);
    List<String> named =
        rivals.stream().filter(f -> f.quote().isPresent()).map(Competitors::nameOf).toList();
    List<Finding> objections = a.language().isPresent() ? Objections.of(a, named) : List.of();
    return new SalesFacts(
        a, coverage, rivals, List.copyOf(competitors), pricing, learnedPrices, objections, next);
  }

  /**
   * What a sentence the classifier alone takes as evidence of Budget or Timeline must hold, since
   * the classifier reads words, not meaning ("I looked under the crumb tray ..." scored 0.90 as
   * Budget): an amount or a word of money or approval, and a number or a word of time.
   */
  private static final Map<String, Pattern> ADDRESSED =
      Map.of(
          "Budget",
          Pattern.compile(
              "\\d|[$£€]|\\b(?:budget|budgets|budgeted|spend|spends|spending|spent|afford"
                  + "|affordable|price|prices|priced|pricing|cost|costs|costing|pay|pays|paying"
                  + "|paid|payment|payments|money|fund|funds|funded|funding|approve|approved"
                  + "|approval|sign off|signs off|signed off|set aside|allocated|invest|invested"
                  + "|investment|hundred|thousand|million|grand|quid|dollars|pounds|euros)\\b"),
          "Timeline",
          Pattern.compile(
              "\\d|\\b(?:deadline|deadlines|date|dates|day|days|week|weeks|weekend|month|months"
                  + "|year|years|quarter|q[1-4]|spring|summer|autumn|winter|january|february"
                  + "|march|april|june|july|august|september|october|november|december|monday"
                  + "|tuesday|wednesday|thursday|friday|tomorrow|tonight|soon|launch|launches"
                  + "|go live|go-live|timeline|timescale|timescales|schedule|end of"
                  + "|(?:in|by|until|before|after|from|early|mid|late|end of) may)\\b"));

  /**
   * Whether {@code lower} holds what evidence of {@code e} the classifier alone found must hold
   * (see {@link #ADDRESSED}); any sentence for the other elements.
   */
  static boolean addresses(PlaybookElement e, String lower) {
    Pattern p = ADDRESSED.get(e.name());
    return p == null || p.matcher(lower).find();
  }

  /** The language's classifier of sentences that state a price (class {@code price}). */
  static final String PRICES_MODEL = "prices";

  /**
   * The probability from which the classifier takes a sentence no amount pattern matches as a
   * price: "Two fifty for six weeks.", "It's a good hundred and sixty more a month than
   * Dispatchly."
   */
  static final double PRICE_MIN = 0.7;

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
              + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
              + "|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|grand|half)\\b");

  /**
   * A question a transcript wrote without its question mark: "what would fifty seats cost you per
   * month".
   */
  private static final Pattern ASKS =
      Pattern.compile(
          "^(?:(?:so|and|but|okay|ok|right)\\s*,?\\s+)?(?:what|how much|how many|would|could|can|do"
              + "|does|is|are|will)\\b");

  /**
   * A quantity in a unit that is not money: "three hundred and eighty kilowatts", "a two hundred
   * and fifty kilowatt-hour unit", "forty miles".
   */
  private static final Pattern MEASURE =
      Pattern.compile(
          "\\b(?:kilowatts?(?:[ -]hours?)?|kw|kwh|megawatts?|mw|watts?|volts?|amps?|miles?"
              + "|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|inch|inches|tonnes?|tons?|kilos?"
              + "|kg|lit(?:re|er)s?|gallons?|degrees?|acres?|hectares?)\\b");

  /**
   * A word that makes a sentence with a measure or counted things still about money: "$40 a tonne",
   * "forty users per month", "two forty per kilo"; not "per" alone ("seventeen thousand words per
   * language").
   */
  private static final Pattern MONEY_WORD =
      Pattern.compile(
          "[$£€¥₹]|\\b(?:price|prices|cost|costs|pay|paid|paying|"
              + String.join("|", Money.CURRENCIES)
              + "|per (?:month|year|annum|week|day|hour|seat|user|head|person|licen[cs]e|site"
              + "|location|unit|kilo|kg|tonne|ton|litre|liter|gallon|mile|acre|hectare|word|page"
              + "|metre|meter|foot|square)|a month|a year|fee|fees|budget|charge|charges|rate)\\b");

  private static final String NUMBER_WORD =
      "(?:\\d[\\d,.]*+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
          + "|seventy|eighty|ninety|hundred|thousand|million|billion|half)";

  /**
   * A number and the word after it: "forty thousand households", "nineteen and a half for the first
   * year".
   */
  private static final Pattern NUMBER_THEN =
      Pattern.compile(
          "\\b"
              + NUMBER_WORD
              + "(?:[ -](?:and[ -](?:a[ -])?)?"
              + NUMBER_WORD
              + ")*+\\b(?:\\s+([a-z']+))?");

  /**
   * Words ending in s after a number that are no things counted: money or a term ("forty pounds",
   * "three years"), or a verb ("the nineteen eighty includes the machines").
   */
  private static final java.util.Set<String> NOT_COUNTED =
      java.util.stream.Stream.concat(
              Money.CURRENCIES.stream(),
              java.util.stream.Stream.of(
                  "years",
                  "months",
                  "weeks",
                  "days",
                  "hours",
                  "k",
                  "percent",
                  "thousands",
                  "hundreds",
                  "millions",
                  "this",
                  "plus",
                  "less",
                  "minus",
                  "thus",
                  "includes",
                  "covers",
                  "comes",
                  "goes",
                  "gets",
                  "works",
                  "means",
                  "sounds",
                  "seems",
                  "looks",
                  "stays",
                  "makes",
                  "takes",
                  "needs",
                  "pays",
                  "saves",
                  "brings",
                  "puts",
                  "leaves",
                  "buys",
                  "is",
                  "was",
                  "has",
                  "does"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether every number of a sentence counts things ("There are about forty thousand households on
   * the rounds.", "We've got three hundred covers"): a plural word after each, none of money.
   */
  static boolean countsOnly(String lower) {
    Matcher m = NUMBER_THEN.matcher(lower);
    boolean any = false;
    while (m.find()) {
      any = true;
      String next = m.group(1);
      if (next == null
          || next.length() <= 3
          || !next.endsWith("s")
          || next.endsWith("ss")
          || next.endsWith("'s")
          || NOT_COUNTED.contains(next)) {
        return false;
      }
    }
    return any;
  }

  /**
   * Why the classifier takes {@code sentence} as a price, when it scores {@link #PRICE_MIN} or
   * more, holds a number (digits or words), is not a question (nor opens like one: {@link #ASKS}),
   * does not measure something other than money ({@link #MEASURE}) nor only count things ({@link
   * #countsOnly}), unless a {@link #MONEY_WORD} is there too; empty otherwise.
   */
  static Optional<Learned> learnedPrice(SentenceClassifier model, String sentence) {
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    int c = model.classes().indexOf("price");
    if (c < 0
        || Sentences.isQuestion(sentence)
        || ASKS.matcher(lower).find()
        || !NUMBER.matcher(lower).find()
        || ((MEASURE.matcher(lower).find() || countsOnly(lower))
            && !MONEY_WORD.matcher(lower).find())) {
      return Optional.empty();
    }
    SentenceClassifier.Vector v = model.vector(sentence);
    if (!v.readable()) {
      return Optional.empty();
    }
    double p = model.probability(v, c);
    return p >= PRICE_MIN ? Optional.of(Learned.of(model, v, c, p)) : Optional.empty();
  }

  /**
   * The sentence that shows {@code e} was covered: by its rule, else by one of its phrases. A
   * heading ("Right, the next steps.", fewer than {@value #MIN_EVIDENCE_WORDS} words) is not
   * evidence, and neither is the seller's plan for the call (the {@code agenda} sentence and the
   * seller's sentences in the {@value #AGENDA_SECONDS} seconds after it) for any other element. A
   * question about the element is replaced by the buyer's answer to it. Without a classifier, the
   * first sentence the rule matches; with one, of the sentences the rule matches or the classifier
   * scores {@value #COVERED} or more, the one it scores highest (the earliest of equal scores).
   * {@code read} keeps each sentence the classifier has read.
   */
  private static Coverage covered(
      ConversationAnalysis a,
      PlaybookElement e,
      Optional<Excerpt> agenda,
      Map<Integer, SentenceClassifier.Vector> read) {
    if (e.rule().isEmpty()) {
      return new Coverage(
          e,
          a.mentions(e.lexicon(), id -> true).stream().filter(x -> !negated(x.text())).findFirst());
    }
    Pattern rule = e.rule().get();
    String seller = a.target().id();
    double opening = a.media().durationSeconds() * OPENING_SHARE;
    SentenceIndex index = a.sentenceIndex();
    List<Excerpt> sentences = index.sentences();
    int best = -1; // the evidence: the sentence scored, or the answer when it asked
    int asked = -1; // the sentence scored
    boolean matched = false; // whether the rule matches it
    double top = -1;
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
      if (!speaker || plan || index.wordCount(i) < MIN_EVIDENCE_WORDS) {
        continue;
      }
      if (e.learned().isEmpty()) {
        if (rule.matcher(index.lower(i)).find()) {
          int evidence = evidence(e, sentences, i);
          return new Coverage(e, Optional.of(sentences.get(evidence)));
        }
        continue;
      }
      double p = probability(e.learned().get(), sentences, i, read);
      if (p <= top) {
        continue; // cannot be the evidence: the rule is not tried (most sentences stop here)
      }
      boolean matches = rule.matcher(index.lower(i)).find();
      if (matches || (p >= COVERED && addresses(e, index.lower(i)))) {
        best = evidence(e, sentences, i);
        asked = i;
        matched = matches;
        top = p;
      }
    }
    if (best < 0) {
      return new Coverage(e, Optional.empty());
    }
    PlaybookElement.Learned learned = e.learned().get();
    return new Coverage(
        e,
        Optional.of(sentences.get(best)),
        matched ? Coverage.ruleOf(e) : CLASSIFIER,
        Optional.of(Decimals.round(top, 3).doubleValue()),
        learned.classifier().reasons(read.get(asked), learned.index(), 3),
        asked == best ? Optional.empty() : Optional.of(sentences.get(asked).text()));
  }

  /**
   * The evidence for {@code e} when sentence {@code i} addresses it: the buyer's answer when it is
   * a question about the element, else itself; always itself for the seller's agenda, which the
   * seller sets (a check-in such as "does that work?" is part of it, not a question to answer).
   */
  private static int evidence(PlaybookElement e, List<Excerpt> sentences, int i) {
    return e.who().equals("target_opening") ? i : answer(sentences, i).orElse(i);
  }

  private static double probability(
      PlaybookElement.Learned learned,
      List<Excerpt> sentences,
      int i,
      Map<Integer, SentenceClassifier.Vector> read) {
    SentenceClassifier.Vector v =
        read.computeIfAbsent(i, k -> learned.classifier().vector(sentences.get(k).text()));
    return v.readable() ? learned.classifier().probability(v, learned.index()) : 0;
  }

  /**
   * The buyer's answer when sentence {@code i} is the seller asking about an element ("So tell me
   * how things work at the moment."): the first sentence of the next speaker's reply, when it says
   * something ({@value #MIN_EVIDENCE_WORDS} words or more) and is not itself a question. The answer
   * addresses the element; the question only asks about it.
   */
  private static Optional<Integer> answer(List<Excerpt> sentences, int i) {
    Excerpt asked = sentences.get(i);
    if (!Sentences.isQuestion(asked.text()) && !Prompts.isRequest(asked.text())) {
      return Optional.empty();
    }
    if (i + 1 >= sentences.size() || sentences.get(i + 1).entityId().equals(asked.entityId())) {
      return Optional.empty(); // nothing after it, or more said after the question
    }
    String reply = sentences.get(i + 1).text();
    return dev.reportengine.text.Tokens.wordCount(reply) >= MIN_EVIDENCE_WORDS
            && !Sentences.isQuestion(reply)
        ? Optional.of(i + 1)
        : Optional.empty();
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
