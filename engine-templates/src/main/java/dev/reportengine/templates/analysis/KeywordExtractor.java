package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores the terms of one entity's speech by TF-IDF: how often the entity said a term, times how
 * rare the term is across all utterances of the conversation. Each utterance is a document; the
 * inverse document frequency is smoothed as {@code ln((1 + N) / (1 + df)) + 1}, so a term everyone
 * uses still counts a little and a one-speaker transcript still has keywords. Stopwords are left
 * out when the media is in English or its language is unknown. Thread-safe.
 */
public final class KeywordExtractor {

  private final Stopwords stopwords;

  /** An extractor that ignores {@code stopwords} in English or unknown-language media. */
  public KeywordExtractor(Stopwords stopwords) {
    this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
  }

  /** Scores every term {@code entityId} used in {@code media}. */
  public KeywordScores score(Media media, String entityId) {
    boolean filter = Stopwords.appliesTo(media.language());
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, Integer> termFrequency = new TreeMap<>();
    for (Utterance u : media.utterances()) {
      var terms = Tokens.terms(u.text());
      for (String term : new HashSet<>(terms)) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
      if (u.entityId().equals(entityId)) {
        for (String term : terms) {
          if (!(filter && stopwords.contains(term))) {
            termFrequency.merge(term, 1, Integer::sum);
          }
        }
      }
    }
    double documents = media.utterances().size();
    Map<String, Double> scores = new TreeMap<>();
    termFrequency.forEach(
        (term, tf) -> {
          double idf = Math.log((1 + documents) / (1 + documentFrequency.get(term))) + 1;
          scores.put(term, tf * idf);
        });
    return new KeywordScores(scores);
  }
}
