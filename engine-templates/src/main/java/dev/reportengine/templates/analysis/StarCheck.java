package dev.reportengine.templates.analysis;

import dev.reportengine.text.Sentences;
import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of the STAR answer structure (situation, task, action, result) an answer shows, each
 * found by a cue phrase from the language's {@code star-situation}, {@code star-task}, {@code
 * star-action} and {@code star-result} lexicons, a task also by a deadline ("I had about six weeks
 * before ..."), an action also by "I" or "we" before a regular past tense ("we migrated"), a result
 * also by a verb of change followed by a number, "from", "to" or "by" ("errors dropped by half").
 * Given sentences, a result counts only in a sentence that tells what happened, not in a hedged or
 * hypothetical one ("I would probably ...", "I usually try to ..."). A cue shows the part is there,
 * not that it is good. A task or result no cue found is also found in a whole answer that the
 * language's {@code star} classifier (trained on the development interviews' STAR answers) gives
 * {@link #LEARNED_MIN} or more for it (answers of {@link #LEARNED_MIN_WORDS} words or more that
 * tell something the speaker did): "it's been a good routine since" tells an outcome no cue lists.
 *
 * @param situation whether a situation cue occurs
 * @param task whether a task cue occurs, or the classifier found one
 * @param action whether an action cue occurs
 * @param result whether a result cue occurs, or the classifier found one
 * @param learned the parts the classifier found and no cue did, by letter ({@code T}, {@code R}),
 *     with its score and the terms that raised it
 */
public record StarCheck(
    boolean situation,
    boolean task,
    boolean action,
    boolean result,
    java.util.Map<Character, Learned> learned) {

  /** The probability from which the classifier finds a task or result that no cue found. */
  public static final double LEARNED_MIN = 0.7;

  /**
   * The fewest words of an answer the classifier reads: a shorter one tells too little for its
   * words to show a task or result ("The traces showed every slow request waiting on a database
   * connection.").
   */
  public static final int LEARNED_MIN_WORDS = 30;

  /** The language's classifier of STAR parts (classes situation, task, action, result). */
  static final String MODEL = "star";

  /** Copies the learned parts, in STAR order. */
  public StarCheck {
    java.util.Map<Character, Learned> ordered =
        new java.util.TreeMap<>(java.util.Comparator.comparingInt(c -> "STAR".indexOf(c)));
    ordered.putAll(learned);
    learned = java.util.Collections.unmodifiableMap(ordered);
  }

  /** Parts found by cues alone. */
  public StarCheck(boolean situation, boolean task, boolean action, boolean result) {
    this(situation, task, action, result, java.util.Map.of());
  }

  /**
   * Sentences that tell what generally happens or would happen, not what did: "I would probably
   * ...", "I usually try to ...", "generally ...". Their outcomes are hopes, so they get no result.
   */
  private static final java.util.regex.Pattern GENERIC =
      java.util.regex.Pattern.compile(
          "\\b(probably|usually|generally|in general|typically|normally|hopefully|ideally"
              + "|i (always |usually |generally )?try to|i tend to|we tend to|it depends)\\b");

  /**
   * The STAR parts of an answer given as its sentences: situation, task and action from cues
   * anywhere in it, a result only from a sentence that tells what happened (not a hedged,
   * hypothetical or generic one, see {@link #tellsWhatHappened(String)}); then a task or result no
   * cue found from the language's classifier on the whole answer.
   */
  public static StarCheck ofSentences(List<Excerpt> sentences, LanguagePack language) {
    List<String> words = new ArrayList<>();
    boolean result = false;
    boolean setting = false;
    for (Excerpt e : sentences) {
      List<String> w = Tokens.words(e.text());
      words.addAll(w);
      if (tellsWhatHappened(e.text())) {
        result = result || of(w, language).result();
        setting = setting || setsTheScene(e.text(), w, language);
      }
    }
    StarCheck all = of(words, language);
    StarCheck cues = new StarCheck(all.situation() || setting, all.task(), all.action(), result);
    return cues.task() && cues.result()
        ? cues
        : language
            .classifier(MODEL)
            .map(m -> cues.learning(m, sentences, words.size()))
            .orElse(cues);
  }

  /**
   * These parts with the task and result the classifier finds in the whole answer ({@link
   * #LEARNED_MIN} or more) where no cue did. An answer it cannot read (too few known terms), of
   * fewer than {@link #LEARNED_MIN_WORDS} words ({@code wordCount}), or that tells nothing the
   * speaker did (see {@link #narratesThePast}: "I'd hope the outcome would be that the team trusts
   * me more ...") gains nothing.
   */
  private StarCheck learning(SentenceClassifier model, List<Excerpt> sentences, int wordCount) {
    if (wordCount < LEARNED_MIN_WORDS || !narratesThePast(sentences)) {
      return this;
    }
    StringBuilder text = new StringBuilder();
    sentences.forEach(e -> text.append(text.length() > 0 ? " " : "").append(e.text()));
    SentenceClassifier.Vector v = model.vector(text.toString());
    if (!v.readable()) {
      return this;
    }
    java.util.Map<Character, Learned> found = new java.util.HashMap<>();
    boolean t = task || learn(model, v, 'T', "task", found);
    boolean r = result || learn(model, v, 'R', "result", found);
    return new StarCheck(situation, t, action, r, found);
  }

  private static boolean learn(
      SentenceClassifier model,
      SentenceClassifier.Vector v,
      char letter,
      String part,
      java.util.Map<Character, Learned> found) {
    int c = model.classes().indexOf(part);
    if (c < 0) {
      return false;
    }
    double p = model.probability(v, c);
    if (p < LEARNED_MIN) {
      return false;
    }
    found.put(letter, Learned.of(model, v, c, p));
    return true;
  }

  /**
   * Whether a sentence that tells what happened sets a scene with a specific: a name (a company, a
   * person, a system: "at Brixbee", "we hired Kofi") or a number ("about forty sites", "eleven
   * hours"). An answer about experience that names where, who or how much has given its context,
   * with or without a cue phrase such as "at the time".
   */
  static boolean setsTheScene(String sentence, List<String> words, LanguagePack language) {
    if (hasName(sentence, language)) {
      return true;
    }
    Lexicon numbers = language.lexicon("number-words");
    return words.stream()
        .anyMatch(w -> w.chars().anyMatch(Character::isDigit) || numbers.contains(w));
  }

  /**
   * Whether a sentence tells what happened: not a question, not hypothetical ("I would", "if ..."),
   * not generic ("usually", "I try to", "generally").
   */
  public static boolean tellsWhatHappened(String sentence) {
    String lower = sentence.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    return !Sentences.isQuestion(sentence)
        && !Claims.isHypothetical(sentence)
        && !GENERIC.matcher(lower).find();
  }

  /**
   * Adverbs left out before cues are matched, so "we also set up" is "we set up", "it was squarely
   * on me" is "it was on me" and "it went properly wrong" is "it went wrong".
   */
  private static final java.util.Set<String> ADVERBS =
      java.util.Set.of(
          "also",
          "finally",
          "actually",
          "quickly",
          "immediately",
          "squarely",
          "personally",
          "already",
          "fully",
          "completely",
          "initially",
          "properly",
          "really",
          "badly",
          "seriously",
          "totally");

  /**
   * {@code words} without the adverbs that only qualify what is said ("went properly wrong" is
   * "went wrong", "it was squarely on me" is "it was on me"), so cue phrases match through them.
   */
  public static List<String> withoutAdverbs(List<String> words) {
    return words.stream().filter(w -> !ADVERBS.contains(w)).toList();
  }

  /** The STAR parts of an answer given as its lowercase words. */
  public static StarCheck of(List<String> said, LanguagePack language) {
    List<String> words = withoutAdverbs(said);
    return new StarCheck(
        language.lexicon("star-situation").count(words) > 0,
        language.lexicon("star-task").count(words) > 0 || timeBoxed(words, language),
        language.lexicon("star-action").count(words) > 0 || pastAction(words),
        language.lexicon("star-result").count(words) > 0 || change(words));
  }

  private static final java.util.Set<String> SPANS =
      java.util.Set.of("hour", "hours", "day", "days", "week", "weeks", "month", "months");

  private static final java.util.Set<String> BOUNDS =
      java.util.Set.of("about", "only", "just", "under", "roughly", "around");

  /**
   * A task set by a deadline: "I had about six weeks before the old system was switched off", "we
   * had three days to ...": "I" or "we", "had", a number of hours, days, weeks or months, then
   * "to", "before" or "until".
   */
  static boolean timeBoxed(List<String> words, LanguagePack language) {
    Lexicon numbers = language.lexicon("number-words");
    for (int i = 0; i + 4 < words.size(); i++) {
      if (!(words.get(i).equals("i") || words.get(i).equals("we"))
          || !words.get(i + 1).equals("had")) {
        continue;
      }
      int k = i + 2;
      if (BOUNDS.contains(words.get(k))) {
        k++;
      }
      if (k + 2 >= words.size()) {
        continue;
      }
      String n = words.get(k);
      boolean number =
          n.equals("a") || numbers.contains(n) || n.chars().anyMatch(Character::isDigit);
      String then = words.get(k + 2);
      if (number
          && SPANS.contains(words.get(k + 1))
          && (then.equals("to") || then.equals("before") || then.equals("until"))) {
        return true;
      }
    }
    return false;
  }

  /** Past tenses that are states or wishes, not actions: "I wanted", "I needed", "I used to". */
  private static final java.util.Set<String> NOT_ACTIONS =
      java.util.Set.of("wanted", "needed", "used", "liked", "loved", "hated", "seemed", "felt");

  /** Verbs of change that tell an outcome: "it cut", "errors dropped", "we halved". */
  private static final java.util.Set<String> CHANGES =
      java.util.Set.of(
          "cut",
          "reduced",
          "dropped",
          "halved",
          "doubled",
          "tripled",
          "increased",
          "improved",
          "saved",
          "grew",
          "shrank",
          "fell",
          "rose",
          "shipped",
          "launched",
          "adopted");

  /** "I" or "we" before an irregular past tense of doing: "I went through", "we wrote". */
  private static final java.util.regex.Pattern IRREGULAR_ACTION =
      java.util.regex.Pattern.compile(
          "(?i)\\b(i|we) (went|wrote|built|ran|took|made|got|found|led|drove|sat|spent|set|put"
              + "|split|taught|told|brought|caught|chose|kept|sent|met|spoke|gave|did|began"
              + "|rewrote|dug|broke|fixed|pulled)\\b");

  /**
   * Whether a sentence (and its lowercase words) tells something the speaker did: "I" or "we"
   * before a regular past tense ("we migrated") or an irregular one ("I went through", "we wrote").
   */
  public static boolean tellsAnAction(String sentence, List<String> words) {
    return pastAction(words) || IRREGULAR_ACTION.matcher(sentence).find();
  }

  /**
   * Whether an answer tells what happened: one of its sentences tells what happened (see {@link
   * #tellsWhatHappened}) and something the speaker did.
   */
  public static boolean narratesThePast(List<Excerpt> sentences) {
    return sentences.stream()
        .anyMatch(
            e -> tellsWhatHappened(e.text()) && tellsAnAction(e.text(), Tokens.words(e.text())));
  }

  /** "I" or "we" followed by a regular past tense ("I rewrote" is in the lexicon). */
  public static boolean pastAction(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i);
      String next = words.get(i + 1);
      if ((w.equals("i") || w.equals("we"))
          && next.length() > 4
          && next.endsWith("ed")
          && !NOT_ACTIONS.contains(next)) {
        return true;
      }
    }
    return false;
  }

  /** A verb of change with a number or "from ... to" after it, or "percent" anywhere. */
  static boolean change(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (CHANGES.contains(words.get(i))) {
        for (int k = i + 1; k < Math.min(words.size(), i + 8); k++) {
          String w = words.get(k);
          if (w.equals("from")
              || w.equals("to")
              || w.equals("by")
              || w.chars().anyMatch(Character::isDigit)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a sentence names something: a capitalized word inside it that is not a common word
   * (speech-to-text capitalizes "Some", "But" or "Uh" after a pause), a filler or "I".
   */
  private static boolean hasName(String sentence, LanguagePack language) {
    if (Specificity.names(sentence) == 0) {
      return false;
    }
    Lexicon fillers = language.lexicon("fillers");
    String[] raw = sentence.split("\\s+");
    for (int k = 1; k < raw.length; k++) {
      String w = raw[k].replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (w.length() > 2
          && Character.isUpperCase(w.codePointAt(0))
          && !w.startsWith("I'")
          && !raw[k - 1].matches(".*[.!?]")
          && !Stopwords.english().contains(lower)
          && !Stopwords.english().contains(lower.replaceAll("'.*", ""))
          && !fillers.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** How many of the four parts are present, 0..4. */
  public int parts() {
    return (situation ? 1 : 0) + (task ? 1 : 0) + (action ? 1 : 0) + (result ? 1 : 0);
  }

  /** The share of the four parts present, 0..1. */
  public double completeness() {
    return parts() / 4.0;
  }

  /** The parts as letters, a dash for a missing one: {@code S T A –}. */
  public String letters() {
    List<String> out = new ArrayList<>();
    out.add(situation ? "S" : "–");
    out.add(task ? "T" : "–");
    out.add(action ? "A" : "–");
    out.add(result ? "R" : "–");
    return String.join(" ", out);
  }
}
