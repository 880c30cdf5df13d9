package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the questions an entity asked: its sentences that end with a question mark, and its
 * requests said as statements ("Tell me about a time when ...", "Walk me through ...", see {@link
 * Prompts#isRequest(String)}), which ask for an answer as much as a question does.
 */
public final class Questions {

  private Questions() {}

  /**
   * Every question {@code entityId} asked, in time order, each timed by the utterance it is in.
   *
   * @see Sentences#isQuestion(String)
   * @see Prompts#isRequest(String)
   */
  public static List<Excerpt> askedBy(Media media, String entityId) {
    List<Excerpt> questions = new ArrayList<>();
    for (Utterance u : media.utterances()) {
      if (!u.entityId().equals(entityId)) {
        continue;
      }
      for (String sentence : Sentences.split(u.text())) {
        if (Sentences.isQuestion(sentence) || Prompts.isRequest(sentence)) {
          questions.add(new Excerpt(entityId, u.startSeconds(), u.endSeconds(), sentence));
        }
      }
    }
    return List.copyOf(questions);
  }
}
