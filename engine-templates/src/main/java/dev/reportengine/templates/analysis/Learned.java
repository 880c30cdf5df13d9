package dev.reportengine.templates.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Why a {@link SentenceClassifier} made a claim the rules did not: the probability it gave the
 * quoted sentence and the terms of that sentence that raised it most, so that a reader can see why.
 *
 * @param score the probability, rounded to three decimals
 * @param terms the terms that raised it most, strongest first
 */
public record Learned(double score, List<String> terms) {

  /** Copies the terms. */
  public Learned {
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
  }

  /** The terms as a claim's {@code terms} detail holds them: "budget, set aside". */
  public String joinedTerms() {
    return String.join(", ", terms);
  }

  /** How a report names this reason beside a quote: "classifier 0.94: budget, set aside". */
  public String label() {
    return label(score, joinedTerms());
  }

  /** {@link #label()} of a claim that holds only the score and the joined terms. */
  public static String label(double score, String joinedTerms) {
    return "classifier " + Decimals.plain(score, 3) + ": " + joinedTerms;
  }

  /** Why class {@code c} of {@code classifier} scored {@code probability} on {@code v}. */
  public static Learned of(
      SentenceClassifier classifier, SentenceClassifier.Vector v, int c, double probability) {
    return new Learned(Decimals.round(probability, 3).doubleValue(), classifier.reasons(v, c, 3));
  }
}
