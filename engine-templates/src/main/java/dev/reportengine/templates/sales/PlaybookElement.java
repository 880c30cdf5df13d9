package dev.reportengine.templates.sales;

import dev.reportengine.templates.analysis.Lexicon;
import dev.reportengine.templates.analysis.SentenceClassifier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One element of a sales playbook and what shows it was covered: either a rule (a pattern of the
 * sentences that address the element, and whose sentences count) for the built-in methodologies, or
 * phrases for custom elements.
 *
 * @param name the element's name, such as {@code Budget}
 * @param phrases the phrases, matched as whole words ignoring case; empty for a rule
 * @param rule the pattern of sentences that address the element (lowercase), for a rule
 * @param who whose sentences count: {@code anyone}, {@code target} (the seller), {@code others}
 *     (the buyer's side) or {@code target_opening} (the seller in the first fifth of the call)
 * @param learned the language's classifier for the element, when the methodology has one: it then
 *     decides coverage instead of the rule (see {@link SalesFacts})
 */
record PlaybookElement(
    String name,
    List<String> phrases,
    Optional<Pattern> rule,
    String who,
    Optional<Learned> learned) {

  /** The accepted values of {@code who}. */
  static final List<String> WHO = List.of("anyone", "target", "others", "target_opening");

  PlaybookElement {
    phrases = List.copyOf(phrases);
    if (!WHO.contains(who)) {
      throw new IllegalArgumentException(
          "playbook element [" + name + "]: who [" + who + "]; accepted: " + WHO);
    }
  }

  /** An element shown by phrases, said by anyone. */
  static PlaybookElement ofPhrases(String name, List<String> phrases) {
    return new PlaybookElement(name, phrases, Optional.empty(), "anyone", Optional.empty());
  }

  /** An element shown by a rule. */
  static PlaybookElement ofRule(String name, String who, String pattern) {
    return new PlaybookElement(
        name,
        List.of(),
        Optional.of(Pattern.compile(pattern)),
        who.toLowerCase(Locale.ROOT),
        Optional.empty());
  }

  /** This element, its coverage decided by class {@code index} of {@code classifier}. */
  PlaybookElement learnedBy(SentenceClassifier classifier, int index) {
    return new PlaybookElement(
        name, phrases, rule, who, Optional.of(new Learned(classifier, index)));
  }

  /**
   * A classifier's class for an element.
   *
   * @param classifier the classifier
   * @param index the element's class in it
   */
  record Learned(SentenceClassifier classifier, int index) {}

  Lexicon lexicon() {
    return Lexicon.of(phrases);
  }
}
