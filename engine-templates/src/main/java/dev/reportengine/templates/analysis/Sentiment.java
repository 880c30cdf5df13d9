package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Tokens;
import java.util.List;

/**
 * Lexicon sentiment of the target's speech: words in the language's {@code positive} and {@code
 * negative} lists, a match flipped when one of the {@code negations} is among the {@value
 * #NEGATION_WINDOW} words before it. The score is {@code (positive - negative) / (positive +
 * negative)}, in -1..1, 0 when neither occurs.
 *
 * @param positive positive words
 * @param negative negative words
 */
public record Sentiment(int positive, int negative) {

  /** How many words back a negation reaches. */
  public static final int NEGATION_WINDOW = 3;

  /** Counts the target's sentiment words. */
  public static Sentiment of(Media media, String entityId, LanguagePack language) {
    Lexicon pos = language.lexicon("positive");
    Lexicon neg = language.lexicon("negative");
    Lexicon negations = language.lexicon("negations");
    int p = 0;
    int n = 0;
    for (Utterance u : media.utterances()) {
      if (!u.entityId().equals(entityId)) {
        continue;
      }
      List<String> words = Tokens.words(u.text());
      for (int k = 0; k < words.size(); k++) {
        int polarity = pos.contains(words.get(k)) ? 1 : neg.contains(words.get(k)) ? -1 : 0;
        if (polarity != 0 && negated(words, k, negations)) {
          polarity = -polarity;
        }
        p += polarity > 0 ? 1 : 0;
        n += polarity < 0 ? 1 : 0;
      }
    }
    return new Sentiment(p, n);
  }

  private static boolean negated(List<String> words, int k, Lexicon negations) {
    for (int j = Math.max(0, k - NEGATION_WINDOW); j < k; j++) {
      if (negations.contains(words.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** The score in -1..1. */
  public double score() {
    return positive + negative > 0 ? (positive - negative) / (double) (positive + negative) : 0;
  }
}
