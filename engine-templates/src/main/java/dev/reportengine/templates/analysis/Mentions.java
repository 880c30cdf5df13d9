package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Finds the sentences that mention an entry of a lexicon. */
public final class Mentions {

  private Mentions() {}

  /**
   * Every sentence, by a speaker {@code speakers} accepts, that holds an entry of {@code lexicon}.
   */
  public static List<Excerpt> of(Media media, Lexicon lexicon, Predicate<String> speakers) {
    List<Excerpt> out = new ArrayList<>();
    if (lexicon.size() == 0) {
      return out;
    }
    for (Utterance u : media.utterances()) {
      if (!speakers.test(u.entityId())) {
        continue;
      }
      for (String s : Sentences.split(u.text())) {
        if (lexicon.count(Tokens.words(s)) > 0) {
          out.add(new Excerpt(u.entityId(), u.startSeconds(), u.endSeconds(), s));
        }
      }
    }
    return List.copyOf(out);
  }
}
