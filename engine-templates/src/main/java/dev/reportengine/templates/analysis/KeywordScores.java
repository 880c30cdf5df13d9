package dev.reportengine.templates.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score of every term one entity used (stopwords excluded), as computed by {@link
 * KeywordExtractor}. Immutable.
 */
public final class KeywordScores {

  private final Map<String, Double> byTerm;

  KeywordScores(Map<String, Double> byTerm) {
    this.byTerm = Collections.unmodifiableMap(new TreeMap<>(byTerm));
  }

  /** The score of {@code term}; 0 when it is not a scored term. */
  public double score(String term) {
    return byTerm.getOrDefault(term, 0.0);
  }

  /** Every scored term and its score, in alphabetical order. */
  public Map<String, Double> asMap() {
    return byTerm;
  }

  /** The {@code limit} best keywords: highest score first, ties in alphabetical order. */
  public List<Keyword> top(int limit) {
    List<Keyword> all = new ArrayList<>();
    byTerm.forEach((term, score) -> all.add(new Keyword(term, score)));
    all.sort(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::term));
    return List.copyOf(all.subList(0, Math.min(Math.max(limit, 0), all.size())));
  }
}
