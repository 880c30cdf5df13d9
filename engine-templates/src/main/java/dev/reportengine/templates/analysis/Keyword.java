package dev.reportengine.templates.analysis;

import java.util.Objects;

/**
 * A term of someone's speech with its weight.
 *
 * @param term the lowercase term
 * @param score its TF-IDF score; higher is more characteristic
 */
public record Keyword(String term, double score) {

  /** Requires a term and a finite score. */
  public Keyword {
    Objects.requireNonNull(term, "term");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, got " + score);
    }
  }
}
