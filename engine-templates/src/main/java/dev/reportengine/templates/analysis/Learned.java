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

  /** Why class {@code c} of {@code classifier} scored {@code probability} on {@code v}. */
  public static Learned of(
      SentenceClassifier classifier, SentenceClassifier.Vector v, int c, double probability) {
    return new Learned(Decimals.round(probability, 3).doubleValue(), classifier.reasons(v, c, 3));
  }
}
