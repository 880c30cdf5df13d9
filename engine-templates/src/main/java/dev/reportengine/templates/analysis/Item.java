package dev.reportengine.templates.analysis;

import dev.reportengine.api.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A next step, action item, decision, open question or risk found by a named rule of {@code
 * items.txt} and kept by the filters of {@link Items}.
 *
 * @param kind what it is
 * @param rule the name of the rule that found it, such as {@code ending_on_date}
 * @param quote the sentence that says it, with its speaker and time
 * @param ownerId the entity that owns it: the speaker for "I'll ...", "I might ...", "we'll ..."
 *     and "let's ...", the last other speaker for "can you ..." and "you'll ...", a participant
 *     named before "will"; empty when the sentence names no owner ("everyone, please ...")
 * @param due the due phrase, such as {@code by Friday}, when the sentence has one
 * @param committed true when the sentence has none of the language's {@code tentative-markers} and
 *     is not a question
 * @param reaction the sentence that reacted to the quote with concern ("Okay, that's genuinely
 *     scary."), for a risk found by that reaction (rule {@code reaction}); empty otherwise
 * @param learned for a decision, risk or next step no rule found and the language's {@code items}
 *     classifier did (rule {@code classifier}), its probability and the terms that raised it; empty
 *     otherwise
 */
public record Item(
    ItemKind kind,
    String rule,
    Excerpt quote,
    Optional<String> ownerId,
    Optional<String> due,
    boolean committed,
    Optional<Excerpt> reaction,
    Optional<Learned> learned) {

  /** Requires all parts. */
  public Item {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(reaction, "reaction");
    Objects.requireNonNull(learned, "learned");
  }

  /** An item found in its own sentence, with no reaction. */
  public Item(
      ItemKind kind,
      String rule,
      Excerpt quote,
      Optional<String> ownerId,
      Optional<String> due,
      boolean committed) {
    this(kind, rule, quote, ownerId, due, committed, Optional.empty(), Optional.empty());
  }

  /** Whether this is a step for after the call: an action item or a next step. */
  public boolean isStep() {
    return kind == ItemKind.ACTION_ITEM || kind == ItemKind.NEXT_STEP;
  }

  /**
   * The claim this item makes: kind {@code next_step} for action items and next steps (with {@code
   * item_kind}, {@code owner_entity_id} when named, {@code due} when said and {@code committed}),
   * else the item's own kind; the rule is {@code <kind>.<rule>}. A learned item's claim has the
   * classifier's probability as its score and the terms that raised it as {@code terms}.
   */
  public Finding finding() {
    String claim = isStep() ? "next_step" : kind.wireName();
    Finding f =
        new Finding(
            claim,
            Optional.of(quote),
            kind.wireName() + "." + rule,
            learned.map(Learned::score),
            Map.of());
    if (learned.isPresent()) {
      f = f.with("terms", learned.get().joinedTerms());
    }
    if (!isStep()) {
      return reaction.isPresent() ? f.with("reaction", reaction.get().text()) : f;
    }
    f = f.with("item_kind", kind.wireName());
    if (ownerId.isPresent()) {
      f = f.with("owner_entity_id", ownerId.get());
    }
    if (due.isPresent()) {
      f = f.with("due", due.get());
    }
    return f.with("committed", JsonValue.of(committed));
  }
}
