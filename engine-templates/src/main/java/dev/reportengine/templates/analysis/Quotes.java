package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks an entity's most telling sentences. Candidates are its sentences of {@value #MIN_WORDS} to
 * {@value #MAX_WORDS} words (an utterance without sentence punctuation is one sentence), scored by
 * keyword density: the sum of their terms' keyword scores divided by their word count. The best are
 * taken greedily, skipping a candidate when more than half of its scored terms already appear in
 * one chosen quote, and returned in time order.
 */
public final class Quotes {

  /** The fewest words a quote may have. */
  public static final int MIN_WORDS = 8;

  /** The most words a quote may have. */
  public static final int MAX_WORDS = 40;

  private Quotes() {}

  /** Up to {@code limit} quotes by {@code entityId}, in time order. */
  public static List<Excerpt> select(
      Media media, String entityId, KeywordScores scores, int limit) {
    List<Candidate> candidates = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      if (u.entityId().equals(entityId)) {
        for (String sentence : Sentences.split(u.text())) {
          int words = Tokens.wordCount(sentence);
          if (words >= MIN_WORDS && words <= MAX_WORDS) {
            candidates.add(Candidate.of(candidates.size(), u, sentence, words, scores));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::density).reversed().thenComparing(Candidate::order));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.size() >= limit || c.density() <= 0) {
        break;
      }
      if (chosen.stream().noneMatch(c::repeats)) {
        chosen.add(c);
      }
    }
    return chosen.stream()
        .sorted(Comparator.comparingInt(Candidate::order))
        .map(c -> new Excerpt(entityId, c.start(), c.end(), c.text()))
        .toList();
  }

  private record Candidate(
      int order, double start, double end, String text, double density, Set<String> terms) {

    static Candidate of(int order, Utterance u, String text, int words, KeywordScores scores) {
      double sum = 0;
      Set<String> terms = new TreeSet<>();
      for (String term : Tokens.terms(text)) {
        double score = scores.score(term);
        if (score > 0) {
          sum += score;
          terms.add(term);
        }
      }
      return new Candidate(order, u.startSeconds(), u.endSeconds(), text, sum / words, terms);
    }

    /** Whether more than half of this candidate's terms appear in {@code other}. */
    boolean repeats(Candidate other) {
      long shared = terms.stream().filter(other.terms::contains).count();
      return shared * 2 > terms.size();
    }
  }
}
