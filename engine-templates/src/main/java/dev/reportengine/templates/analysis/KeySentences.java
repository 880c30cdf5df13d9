package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most central sentences of a conversation, by LexRank (Erkan and Radev 2004) on a windowed
 * graph, chosen with a redundancy penalty.
 *
 * <p>Candidates are sentences of {@value #MIN_WORDS} to {@value #MAX_WORDS} words. Two candidates
 * at most {@value #NEIGHBOURS} positions apart are linked when the cosine of their TF-IDF vectors
 * is at least {@value #THRESHOLD}; the window keeps the graph, and the time, linear in the
 * transcript's length. Scores are PageRank with damping {@value #DAMPING} after {@value
 * #ITERATIONS} iterations. Sentences are then picked by maximal marginal relevance: score (scaled
 * to 0..1) minus {@value #PENALTY} times the highest cosine to an already picked sentence, and
 * returned in time order.
 */
public final class KeySentences {

  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 40;
  static final int NEIGHBOURS = 10;
  static final double THRESHOLD = 0.1;
  static final double DAMPING = 0.85;
  static final int ITERATIONS = 30;
  static final double PENALTY = 0.5;

  private KeySentences() {}

  /**
   * Up to {@code limit} key sentences of everyone, in time order, polling {@code cancellation} per
   * utterance and per ranking iteration.
   */
  public static List<Excerpt> of(
      Media media, Stopwords stopwords, int limit, CancellationToken cancellation) {
    List<Excerpt> candidates = new ArrayList<>();
    List<Map<String, Double>> tf = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Utterance u : media.utterances()) {
      cancellation.throwIfCanceled();
      for (String s : Sentences.split(u.text())) {
        int words = Tokens.wordCount(s);
        if (words >= MIN_WORDS && words <= MAX_WORDS) {
          Map<String, Double> v = TermVectors.of(s, stopwords);
          if (!v.isEmpty()) {
            candidates.add(new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), s));
            tf.add(v);
            v.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
          }
        }
      }
    }
    int n = candidates.size();
    if (n == 0 || limit <= 0) {
      return List.of();
    }
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (Map<String, Double> v : tf) {
      Map<String, Double> w = new HashMap<>();
      v.forEach((t, c) -> w.put(t, c * Math.log((double) n / df.get(t)) + c));
      vectors.add(w);
    }
    double[] score = rank(vectors, cancellation);
    double max = 0;
    for (double s : score) {
      max = Math.max(max, s);
    }
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(limit, n)) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        if (chosen.contains(k)) {
          continue;
        }
        double redundancy = 0;
        for (int c : chosen) {
          redundancy = Math.max(redundancy, TermVectors.cosine(vectors.get(k), vectors.get(c)));
        }
        double value = score[k] / max - PENALTY * redundancy;
        if (value > bestValue) {
          bestValue = value;
          best = k;
        }
      }
      chosen.add(best);
    }
    chosen.sort(Comparator.naturalOrder());
    return chosen.stream().map(candidates::get).toList();
  }

  private static double[] rank(List<Map<String, Double>> vectors, CancellationToken cancellation) {
    int n = vectors.size();
    List<List<Integer>> links = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      links.add(new ArrayList<>());
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < Math.min(n, a + NEIGHBOURS + 1); b++) {
        if (TermVectors.cosine(vectors.get(a), vectors.get(b)) >= THRESHOLD) {
          links.get(a).add(b);
          links.get(b).add(a);
        }
      }
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0 / n);
    for (int it = 0; it < ITERATIONS; it++) {
      cancellation.throwIfCanceled();
      double[] next = new double[n];
      java.util.Arrays.fill(next, (1 - DAMPING) / n);
      double dangling = 0;
      for (int a = 0; a < n; a++) {
        List<Integer> out = links.get(a);
        if (out.isEmpty()) {
          dangling += score[a];
        } else {
          for (int b : out) {
            next[b] += DAMPING * score[a] / out.size();
          }
        }
      }
      for (int a = 0; a < n; a++) {
        next[a] += DAMPING * dangling / n;
      }
      score = next;
    }
    return score;
  }
}
