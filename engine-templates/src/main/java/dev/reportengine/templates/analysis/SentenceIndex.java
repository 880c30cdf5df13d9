package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.text.Sentences;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Every sentence of a conversation, split once, with its lowercase words, so that many lexicons can
 * be matched without splitting the transcript again for each. Each sentence's lowercase text and
 * word count are computed once, on first use, for rules that test every sentence (a playbook
 * element, an objection). Immutable in what it returns; safe to share between threads.
 */
public final class SentenceIndex {

  private final List<Excerpt> sentences;
  private final List<List<String>> words;
  private volatile String[] lower;
  private volatile int[] wordCounts;

  /**
   * An index; copies the lists.
   *
   * @param sentences every sentence, in time order, each timed by its utterance
   * @param words the lowercase words of each sentence, index for index
   */
  public SentenceIndex(List<Excerpt> sentences, List<List<String>> words) {
    this.sentences = List.copyOf(sentences);
    this.words = List.copyOf(words);
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

  /** Every sentence, in time order, each timed by its utterance. */
  public List<Excerpt> sentences() {
    return sentences;
  }

  /** The lowercase words of each sentence, index for index. */
  public List<List<String>> words() {
    return words;
  }

  /**
   * Sentence {@code k} in lower case ({@link Locale#ROOT}) with {@code ’} as {@code '}, the form
   * rules match their patterns against.
   */
  public String lower(int k) {
    String[] all = lower;
    if (all == null) {
      all = new String[sentences.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = sentences.get(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      }
      lower = all;
    }
    return all[k];
  }

  /** The {@link Tokens#wordCount(String) word count} of sentence {@code k}. */
  public int wordCount(int k) {
    int[] all = wordCounts;
    if (all == null) {
      all = new int[sentences.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = Tokens.wordCount(sentences.get(i).text());
      }
      wordCounts = all;
    }
    return all[k];
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

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceIndex other
        && other.sentences.equals(sentences)
        && other.words.equals(words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentences, words);
  }

  @Override
  public String toString() {
    return "SentenceIndex[sentences=" + sentences + ", words=" + words + "]";
  }
}
