package dev.reportengine.templates.analysis;

import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Explicit first-person claims: sentences of the target that hold a phrase of the language's {@code
 * claims} lexicon ("I have", "I led", "I've worked with", ...) and state it: not a question ("Have
 * you worked with Kafka?", "How do I ...?"), not negated ("I've never used Kafka", "I haven't led a
 * team") and not hypothetical or wished for ("I would use Kafka", "I'd like to learn Go"). A claim
 * is what the speaker says about themselves, reported as said, not verified.
 */
public final class Claims {

  /**
   * A first-person subject with a negation right after it: "I haven't", "I've never", "we don't".
   */
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(i|we)( ?'ve| ?'m| ?'d| have| had| do| did| am| was| were| are| really| honestly)?"
              + " (not|never|haven't|hadn't|don't|didn't|wasn't|weren't|aren't|can't|won't"
              + "|barely|hardly)\\b");

  /** A first-person subject with a modal or wish: "I would", "I'd like to", "we could". */
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(i|we)( would| could| might| may| want to| wanna| hope to| plan to| intend to"
              + "| am hoping| am planning|'m hoping|'m planning"
              + "|'d (?!(been|done|built|run|led|had|written|seen|\\w+ed)\\b))"
              + "|^\\s*if\\b");

  private Claims() {}

  /**
   * Whether {@code sentence} is a stated (not asked, negated or hypothetical) first-person claim.
   */
  public static boolean isClaim(String sentence, LanguagePack language) {
    return isClaim(Tokens.words(sentence), language) && isStatement(sentence);
  }

  /**
   * Whether a sentence given as its lowercase words holds a claim phrase; the words carry no
   * punctuation, so use {@link #isClaim(String, LanguagePack)} when the sentence is at hand.
   */
  public static boolean isClaim(List<String> words, LanguagePack language) {
    return language.lexicon("claims").count(words) > 0;
  }

  /**
   * Whether {@code sentence} states something of the speaker's own: it is not a question, and its
   * first-person subject is neither negated nor hypothetical.
   */
  public static boolean isStatement(String sentence) {
    if (Sentences.isQuestion(sentence)) {
      return false;
    }
    String lower = normalise(sentence);
    return !NEGATED.matcher(lower).find() && !HYPOTHETICAL.matcher(lower).find();
  }

  /** Whether the sentence's first-person subject is negated ("I've never used it"). */
  public static boolean isNegated(String sentence) {
    return NEGATED.matcher(normalise(sentence)).find();
  }

  /** Whether the sentence is hypothetical or a wish ("I would ...", "I'd like to ..."). */
  public static boolean isHypothetical(String sentence) {
    return HYPOTHETICAL.matcher(normalise(sentence)).find();
  }

  private static String normalise(String sentence) {
    return sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
