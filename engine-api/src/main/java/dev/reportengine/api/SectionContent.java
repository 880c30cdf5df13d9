package dev.reportengine.api;

import dev.reportengine.api.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What a section holds ({@code section_content}): a single {@link Block}, a {@link Blocks list of
 * blocks}, or {@link FreeJson free JSON} for content no block kind fits.
 */
public sealed interface SectionContent
    permits Block, SectionContent.Blocks, SectionContent.FreeJson {

  /** A list of blocks, rendered in order. */
  record Blocks(List<Block> blocks) implements SectionContent {
    /** Copies the list. */
    public Blocks {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * Free JSON. Renderers show it as a fenced JSON code block. A value that has the shape of a block
   * or a list of blocks is decoded as such, not as free JSON.
   */
  record FreeJson(JsonValue value) implements SectionContent {
    /** Requires a value. */
    public FreeJson {
      Objects.requireNonNull(value, "value");
    }
  }
}
