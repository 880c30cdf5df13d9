package dev.reportengine.templates.analysis;

import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term-frequency vectors and their cosine similarity, shared by chapters and key sentences. */
final class TermVectors {

  private TermVectors() {}

  /** The term counts of {@code text}, stopwords left out when {@code stopwords} applies. */
  static Map<String, Double> of(String text, Stopwords stopwords) {
    Map<String, Double> vector = new HashMap<>();
    for (String term : Tokens.terms(text)) {
      if (!stopwords.contains(term)) {
        vector.merge(term, 1.0, Double::sum);
      }
    }
    return vector;
  }

  /** Adds {@code other} into {@code sum}. */
  static void add(Map<String, Double> sum, Map<String, Double> other) {
    other.forEach((k, v) -> sum.merge(k, v, Double::sum));
  }

  /** The sum of {@code vectors[from..to)}. */
  static Map<String, Double> sum(List<Map<String, Double>> vectors, int from, int to) {
    Map<String, Double> sum = new HashMap<>();
    for (int k = Math.max(0, from); k < Math.min(to, vectors.size()); k++) {
      add(sum, vectors.get(k));
    }
    return sum;
  }

  /** The cosine of two vectors; 0 when either is empty. */
  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
