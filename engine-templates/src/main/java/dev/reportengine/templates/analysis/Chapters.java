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
import java.util.TreeMap;

/**
 * Splits a conversation into topical chapters, TextTiling-style (Hearst 1997). Consecutive
 * utterances are grouped into blocks of at least {@value #BLOCK_WORDS} words; at each gap between
 * blocks the term vectors of the {@value #WINDOW} blocks before and after are compared by cosine; a
 * gap's depth is how far the similarity drops below the nearest peaks on both sides. Gaps deeper
 * than the mean depth minus half its standard deviation become boundaries, deepest first, at least
 * {@value #MIN_BLOCKS} blocks apart, at most {@value #MAX_CHAPTERS} chapters. Each chapter is
 * labelled with its {@value #LABEL_TERMS} best TF-IDF terms, chapters being the documents. Linear
 * in the transcript's length (sorting the gaps aside).
 */
public final class Chapters {

  static final int BLOCK_WORDS = 40;
  static final int WINDOW = 3;
  static final int MIN_BLOCKS = 4;
  static final int MAX_CHAPTERS = 12;
  static final int LABEL_TERMS = 3;

  private Chapters() {}

  /**
   * The chapters of {@code media}, in time order; empty when nobody spoke. Polls {@code
   * cancellation} per utterance and per block gap.
   */
  public static List<Chapter> of(Media media, Stopwords stopwords, CancellationToken cancellation) {
    List<List<Utterance>> blocks = new ArrayList<>();
    List<Map<String, Double>> vectors = new ArrayList<>();
    List<Map<String, Double>> utteranceTerms = new ArrayList<>();
    List<Utterance> block = new ArrayList<>();
    Map<String, Double> vector = new HashMap<>();
    int words = 0;
    for (Utterance u : media.utterances()) {
      cancellation.throwIfCanceled();
      block.add(u);
      Map<String, Double> terms = TermVectors.of(u.text(), stopwords);
      utteranceTerms.add(terms);
      TermVectors.add(vector, terms);
      words += Tokens.wordCount(u.text());
      if (words >= BLOCK_WORDS) {
        blocks.add(block);
        vectors.add(vector);
        block = new ArrayList<>();
        vector = new HashMap<>();
        words = 0;
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
      vectors.add(vector);
    }
    if (blocks.isEmpty()) {
      return List.of();
    }
    List<Integer> cuts = boundaries(vectors, cancellation);
    List<List<Utterance>> chapters = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      chapters.add(flatten(blocks.subList(from, cut)));
      from = cut;
    }
    chapters.add(flatten(blocks.subList(from, blocks.size())));
    return label(chapters, utteranceTerms, cancellation);
  }

  private static List<Integer> boundaries(
      List<Map<String, Double>> vectors, CancellationToken cancellation) {
    int n = vectors.size();
    if (n < 2 * MIN_BLOCKS) {
      return List.of();
    }
    double[] sim = new double[n];
    for (int g = 1; g < n; g++) {
      sim[g] =
          TermVectors.cosine(
              TermVectors.sum(vectors, g - WINDOW, g), TermVectors.sum(vectors, g, g + WINDOW));
    }
    // The nearest peak on each side: climb from a gap while the similarity does not fall. A climb
    // from g that takes one step goes on exactly as the climb from g's neighbour, so each side is
    // one pass (climbing anew from every gap was quadratic on a long monotone stretch).
    double[] leftPeak = new double[n];
    for (int g = 1; g < n; g++) {
      leftPeak[g] = g - 1 >= 1 && sim[g - 1] >= sim[g] ? leftPeak[g - 1] : sim[g];
    }
    double[] rightPeak = new double[n];
    for (int g = n - 1; g >= 1; g--) {
      rightPeak[g] = g + 1 < n && sim[g + 1] >= sim[g] ? rightPeak[g + 1] : sim[g];
    }
    double[] depth = new double[n];
    double sum = 0;
    double sumSq = 0;
    for (int g = 1; g < n; g++) {
      cancellation.throwIfCanceled();
      depth[g] = (leftPeak[g] - sim[g]) + (rightPeak[g] - sim[g]);
      sum += depth[g];
      sumSq += depth[g] * depth[g];
    }
    double mean = sum / (n - 1);
    double sd = Math.sqrt(Math.max(0, sumSq / (n - 1) - mean * mean));
    double threshold = mean - sd / 2;
    List<Integer> candidates = new ArrayList<>();
    for (int g = MIN_BLOCKS; g <= n - MIN_BLOCKS; g++) {
      if (depth[g] > 0 && depth[g] > threshold) {
        candidates.add(g);
      }
    }
    candidates.sort(
        Comparator.<Integer>comparingDouble(g -> depth[g]).reversed().thenComparing(g -> g));
    List<Integer> cuts = new ArrayList<>();
    for (int g : candidates) {
      if (cuts.size() >= MAX_CHAPTERS - 1) {
        break;
      }
      if (cuts.stream().allMatch(c -> Math.abs(c - g) >= MIN_BLOCKS)) {
        cuts.add(g);
      }
    }
    cuts.sort(Comparator.naturalOrder());
    return cuts;
  }

  private static List<Utterance> flatten(List<List<Utterance>> blocks) {
    List<Utterance> out = new ArrayList<>();
    blocks.forEach(out::addAll);
    return out;
  }

  /**
   * Labels the chapters; {@code utteranceTerms} holds the term vector of every utterance of the
   * chapters, in order (the chapters cover the utterances in order, each once).
   */
  private static List<Chapter> label(
      List<List<Utterance>> chapters,
      List<Map<String, Double>> utteranceTerms,
      CancellationToken cancellation) {
    List<Map<String, Double>> tf = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    int next = 0;
    for (List<Utterance> chapter : chapters) {
      Map<String, Double> v = new TreeMap<>();
      for (int k = 0; k < chapter.size(); k++) {
        cancellation.throwIfCanceled();
        TermVectors.add(v, utteranceTerms.get(next++));
      }
      v.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      tf.add(v);
    }
    List<Chapter> out = new ArrayList<>();
    for (int c = 0; c < chapters.size(); c++) {
      List<Utterance> chapter = chapters.get(c);
      Map<String, Double> scores = new TreeMap<>();
      tf.get(c)
          .forEach(
              (term, count) ->
                  scores.put(
                      term, count * (Math.log((1.0 + chapters.size()) / (1 + df.get(term))) + 1)));
      List<String> label =
          scores.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Double>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(LABEL_TERMS)
              .map(Map.Entry::getKey)
              .toList();
      double end = chapter.stream().mapToDouble(Utterance::endSeconds).max().orElseThrow();
      out.add(new Chapter(chapter.get(0).startSeconds(), end, label, opening(chapter)));
    }
    return List.copyOf(out);
  }

  private static Excerpt opening(List<Utterance> chapter) {
    for (Utterance u : chapter) {
      for (String s : Sentences.split(u.text())) {
        return new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), s);
      }
    }
    Utterance first = chapter.get(0);
    return new Excerpt(
        first.entityId(), first.startSeconds(), first.endSeconds(), first.text().strip());
  }
}
