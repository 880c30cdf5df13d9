package dev.reportengine.templates.analysis;

import java.util.Objects;

/**
 * A piece of the transcript cited as evidence: a sentence or an utterance, with where it is.
 *
 * @param entityId who said it
 * @param startSeconds the start of the utterance it comes from
 * @param endSeconds the end of that utterance
 * @param text the words, with whitespace collapsed
 */
public record Excerpt(String entityId, double startSeconds, double endSeconds, String text) {

  /** Requires an entity and text. */
  public Excerpt {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
  }
}
