package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every sentence of a conversation, split once, with its lowercase words, so that many lexicons can
 * be matched without splitting the transcript again for each. Immutable.
 *
 * @param sentences every sentence, in time order, each timed by its utterance
 * @param words the lowercase words of each sentence, index for index
 */
public record SentenceIndex(List<Excerpt> sentences, List<List<String>> words) {

  /** Copies the lists. */
  public SentenceIndex {
    sentences = List.copyOf(sentences);
    words = List.copyOf(words);
  }

  /** Splits every utterance of {@code media}, polling {@code cancellation} per utterance. */
  public static SentenceIndex of(Media media, CancellationToken cancellation) {
    List<Excerpt> sentences = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      cancellation.throwIfCanceled();
      for (String s : Sentences.split(u.text())) {
        sentences.add(new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), s));
        words.add(List.copyOf(Tokens.words(s)));
      }
    }
    return new SentenceIndex(sentences, words);
  }

  /** Every sentence, by a speaker {@code speakers} accepts, holding an entry of {@code lexicon}. */
  public List<Excerpt> mentions(Lexicon lexicon, Predicate<String> speakers) {
    List<Excerpt> out = new ArrayList<>();
    if (lexicon.size() == 0) {
      return out;
    }
    for (int k = 0; k < sentences.size(); k++) {
      Excerpt e = sentences.get(k);
      if (speakers.test(e.entityId()) && lexicon.count(words.get(k)) > 0) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }
}
