package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a conversation into {@link Turn}s. A back-channel is an utterance of at most {@value
 * #BACKCHANNEL_MAX_WORDS} words that are all in the language's {@code backchannels} list; it
 * neither starts a turn nor breaks the current speaker's turn. Without a back-channel list (a
 * language without lexicons) only same-speaker runs are merged.
 */
public final class Turns {

  /** The most words a back-channel may have. */
  public static final int BACKCHANNEL_MAX_WORDS = 3;

  private Turns() {}

  /** Whether {@code u} is a back-channel by the given list. */
  public static boolean isBackchannel(Utterance u, Optional<Lexicon> backchannels) {
    if (backchannels.isEmpty()) {
      return false;
    }
    if (Tokens.wordCount(u.text()) > BACKCHANNEL_MAX_WORDS) {
      return false; // Tokens.words finds at least as many words: skip splitting a long utterance
    }
    List<String> words = Tokens.words(u.text());
    return !words.isEmpty()
        && words.size() <= BACKCHANNEL_MAX_WORDS
        && words.stream().allMatch(backchannels.get()::contains);
  }

  /** The turns of {@code media}, in time order, polling {@code cancellation} per utterance. */
  public static List<Turn> of(
      Media media, Optional<Lexicon> backchannels, CancellationToken cancellation) {
    List<Turn> turns = new ArrayList<>();
    String speaker = null;
    List<Utterance> current = new ArrayList<>();
    int words = 0;
    for (Utterance u : media.utterances()) {
      cancellation.throwIfCanceled();
      boolean backchannel = isBackchannel(u, backchannels);
      if (u.entityId().equals(speaker)) {
        current.add(u);
        words += Tokens.wordCount(u.text());
      } else if (!backchannel || speaker == null) {
        if (speaker != null) {
          turns.add(new Turn(speaker, current, words));
        }
        speaker = u.entityId();
        current = new ArrayList<>(List.of(u));
        words = Tokens.wordCount(u.text());
      }
    }
    if (speaker != null) {
      turns.add(new Turn(speaker, current, words));
    }
    return List.copyOf(turns);
  }
}
