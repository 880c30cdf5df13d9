package dev.reportengine.templates.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A next step, action item, decision, open question or risk found by a phrase pattern.
 *
 * @param kind what it is
 * @param quote the sentence that says it, with its speaker and time
 * @param ownerId the entity that owns it: the speaker for "I'll ...", "we'll ..." and "let's ...",
 *     the last other speaker for "can you ..." and "you'll ...", a participant named before "will";
 *     empty when the sentence names no owner
 * @param due the due phrase, such as {@code by Friday}, when the sentence has one
 * @param committed true when the sentence has none of the language's {@code tentative-markers} and
 *     is not a question
 */
public record Item(
    ItemKind kind,
    Excerpt quote,
    Optional<String> ownerId,
    Optional<String> due,
    boolean committed) {

  /** Requires all parts. */
  public Item {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(due, "due");
  }
}
