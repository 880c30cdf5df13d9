package dev.reportengine.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A display block of the v1 contract: a card, a text, a grid of cards or an illustration. */
public sealed interface Block extends SectionContent
    permits Block.Card, Block.Text, Block.Grid, Block.Illustration {

  /**
   * A card ({@code type: card}): a headline figure or fact with an icon name.
   *
   * @param icon {@code icon}, a symbolic icon name such as {@code clock} or {@code quote}
   * @param title {@code title}
   * @param content {@code content}
   */
  record Card(String icon, String title, String content) implements Block {
    /** Requires all fields. */
    public Card {
      Objects.requireNonNull(icon, "icon");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * A text block ({@code type: text}). The content is plain text, never markup: renderers escape
   * it.
   *
   * @param title {@code title}, optional
   * @param content {@code content}
   */
  record Text(Optional<String> title, String content) implements Block {
    /** Requires content. */
    public Text {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(content, "content");
    }

    /** A text block without a title. */
    public static Text of(String content) {
      return new Text(Optional.empty(), content);
    }

    /** A text block with a title. */
    public static Text of(String title, String content) {
      return new Text(Optional.of(title), content);
    }
  }

  /**
   * A grid of cards ({@code type: grid}).
   *
   * @param columns {@code columns}: 2, 3 or 4
   * @param items {@code items}
   */
  record Grid(int columns, List<Card> items) implements Block {
    /** Requires 2 to 4 columns; copies the items. */
    public Grid {
      if (columns < 2 || columns > 4) {
        throw new IllegalArgumentException("grid columns must be 2, 3 or 4, got " + columns);
      }
      items = List.copyOf(items);
    }
  }

  /**
   * An illustration ({@code type: illustration}), a decorative picture chosen by variant.
   *
   * @param variant {@code variant}
   */
  record Illustration(IllustrationVariant variant) implements Block {
    /** Requires a variant. */
    public Illustration {
      Objects.requireNonNull(variant, "variant");
    }
  }

  /** The illustration variants the contract allows. */
  enum IllustrationVariant {
    CONVERSATION,
    GROWTH,
    CONNECTION,
    ANALYSIS;

    /** The contract's name, such as {@code conversation}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
