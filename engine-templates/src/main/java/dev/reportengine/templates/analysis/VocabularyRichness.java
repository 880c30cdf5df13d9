package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moving-average type-token ratio (MATTR) of the target's words: the share of distinct words in
 * every window of {@value #WINDOW} consecutive words, averaged; with fewer words, the plain
 * type-token ratio. In 0..1, language-independent, and not biased by length as the plain ratio is.
 */
public final class VocabularyRichness {

  /** The window length in words. */
  public static final int WINDOW = 50;

  private VocabularyRichness() {}

  /** The MATTR of {@code entityId}'s words; 0 when it said nothing. */
  public static double of(Media media, String entityId) {
    List<String> words = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      if (u.entityId().equals(entityId)) {
        words.addAll(Tokens.words(u.text()));
      }
    }
    if (words.isEmpty()) {
      return 0;
    }
    int window = Math.min(WINDOW, words.size());
    Map<String, Integer> counts = new HashMap<>();
    for (int k = 0; k < window; k++) {
      counts.merge(words.get(k), 1, Integer::sum);
    }
    double sum = counts.size();
    int windows = 1;
    for (int k = window; k < words.size(); k++) {
      counts.merge(words.get(k), 1, Integer::sum);
      String out = words.get(k - window);
      if (counts.merge(out, -1, Integer::sum) == 0) {
        counts.remove(out);
      }
      sum += counts.size();
      windows++;
    }
    return sum / windows / window;
  }
}
