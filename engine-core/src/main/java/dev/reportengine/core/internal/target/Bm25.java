package dev.reportengine.core.internal.target;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over a fixed set of documents (lists of terms), with k1 = 1.2 and b = 0.75 and the
 * always-positive idf {@code ln(1 + (N - n + 0.5) / (n + 0.5))}:
 *
 * <pre>
 * score(D, Q) = sum over distinct q in Q of idf(q) * f(q, D) * (k1 + 1)
 *                                          / (f(q, D) + k1 * (1 - b + b * |D| / avgdl))
 * </pre>
 */
final class Bm25 {

  static final double K1 = 1.2;
  static final double B = 0.75;

  private final List<Map<String, Integer>> frequencies;
  private final int[] lengths;
  private final double averageLength;
  private final Map<String, Integer> documentFrequency = new HashMap<>();

  Bm25(List<List<String>> documents) {
    this.frequencies = documents.stream().map(Bm25::count).toList();
    this.lengths = documents.stream().mapToInt(List::size).toArray();
    this.averageLength =
        documents.isEmpty() ? 0 : documents.stream().mapToInt(List::size).average().orElse(0);
    for (Map<String, Integer> f : frequencies) {
      f.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
  }

  /** The score of document {@code index} for the query's distinct terms. */
  double score(int index, List<String> query) {
    Set<String> terms = new HashSet<>(query);
    double score = 0;
    for (String q : terms) {
      int f = frequencies.get(index).getOrDefault(q, 0);
      if (f == 0) {
        continue;
      }
      double norm = averageLength == 0 ? 1 : lengths[index] / averageLength;
      score += idf(q) * f * (K1 + 1) / (f + K1 * (1 - B + B * norm));
    }
    return score;
  }

  /** {@code ln(1 + (N - n + 0.5) / (n + 0.5))}, N documents, n of them with the term. */
  double idf(String term) {
    int n = documentFrequency.getOrDefault(term, 0);
    int all = frequencies.size();
    return Math.log(1 + (all - n + 0.5) / (n + 0.5));
  }

  private static Map<String, Integer> count(List<String> terms) {
    Map<String, Integer> f = new HashMap<>();
    terms.forEach(t -> f.merge(t, 1, Integer::sum));
    return f;
  }
}
