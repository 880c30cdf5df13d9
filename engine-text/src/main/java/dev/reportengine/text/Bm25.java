package dev.reportengine.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 relevance of a fixed set of documents (each a list of terms) to a query, with {@code
 * k1 = 1.2} and {@code b = 0.75}:
 *
 * <pre>
 * score(D, Q) = sum over distinct terms t of Q:
 *     idf(t) * tf(t, D) * (k1 + 1) / (tf(t, D) + k1 * (1 - b + b * |D| / avgdl))
 * idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
 * </pre>
 *
 * where {@code N} is the number of documents, {@code df(t)} how many hold {@code t}, {@code |D|}
 * the document's length in terms and {@code avgdl} the mean length. This {@code idf} (Lucene's) is
 * never negative, so a term in most documents still counts a little. Immutable and thread-safe.
 */
public final class Bm25 {

  /** Term-frequency saturation. */
  public static final double K1 = 1.2;

  /** Length normalization. */
  public static final double B = 0.75;

  private final List<Map<String, Integer>> termFrequencies;
  private final int[] lengths;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final double meanLength;

  /** An index of {@code documents}, each a list of terms with repetitions. */
  public Bm25(List<List<String>> documents) {
    this.termFrequencies = documents.stream().map(Bm25::counts).toList();
    this.lengths = documents.stream().mapToInt(List::size).toArray();
    for (Map<String, Integer> tf : termFrequencies) {
      tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    long total = 0;
    for (int length : lengths) {
      total += length;
    }
    this.meanLength = lengths.length == 0 ? 0 : total / (double) lengths.length;
  }

  private static Map<String, Integer> counts(List<String> terms) {
    Map<String, Integer> tf = new HashMap<>();
    terms.forEach(t -> tf.merge(t, 1, Integer::sum));
    return tf;
  }

  /** How many documents the index holds. */
  public int size() {
    return lengths.length;
  }

  /** The inverse document frequency of {@code term}. */
  public double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
  }

  /** The score of document {@code index} for the query terms (repeated terms count once). */
  public double score(int index, List<String> query) {
    Map<String, Integer> tf = termFrequencies.get(index);
    double norm = meanLength == 0 ? 1 : 1 - B + B * lengths[index] / meanLength;
    double score = 0;
    for (String term : new LinkedHashSet<>(query)) {
      Integer f = tf.get(term);
      if (f != null) {
        score += idf(term) * f * (K1 + 1) / (f + K1 * norm);
      }
    }
    return score;
  }

  /** The query terms that occur in document {@code index}, in query order, without repeats. */
  public List<String> matched(int index, List<String> query) {
    Map<String, Integer> tf = termFrequencies.get(index);
    return new LinkedHashSet<>(query).stream().filter(tf::containsKey).toList();
  }
}
