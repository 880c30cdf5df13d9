package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-list rates of the target's speech, each per 100 of its words (0 when it said nothing):
 * fillers, hedges, first person singular ("I"), first person plural ("we") and second person
 * ("you"). Needs the language's lexicons.
 *
 * @param words the target's words, as {@link Tokens#words(String)} counts them
 * @param fillers filler words and phrases
 * @param hedges hedging words and phrases
 * @param i first person singular words
 * @param we first person plural words
 * @param you second person words
 */
public record LexicalRates(int words, int fillers, int hedges, int i, int we, int you) {

  /** Counts the target's word-list matches. */
  public static LexicalRates of(Media media, String entityId, LanguagePack language) {
    List<String> words = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      if (u.entityId().equals(entityId)) {
        words.addAll(Tokens.words(u.text()));
      }
    }
    return new LexicalRates(
        words.size(),
        language.lexicon("fillers").count(words),
        language.lexicon("hedges").count(words),
        language.lexicon("first-person-singular").count(words),
        language.lexicon("first-person-plural").count(words),
        language.lexicon("second-person").count(words));
  }

  /** {@code count} per 100 words. */
  public double per100(int count) {
    return words > 0 ? count * 100.0 / words : 0;
  }
}
