package dev.reportengine.core.internal.json;

import dev.reportengine.api.Block;
import dev.reportengine.api.SectionContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code section_content} as a tree: a block object, an array of blocks, or the free JSON. */
final class SectionContentEncoder {
  private SectionContentEncoder() {}

  static JsonNode encode(SectionContent content) {
    if (content instanceof Block block) {
      return block(block);
    }
    if (content instanceof SectionContent.Blocks blocks) {
      ArrayNode array = JsonValues.NODES.arrayNode(blocks.blocks().size());
      blocks.blocks().forEach(block -> array.add(block(block)));
      return array;
    }
    return JsonValues.toNode(((SectionContent.FreeJson) content).value());
  }

  private static ObjectNode block(Block block) {
    if (block instanceof Block.Card card) {
      return card(card);
    }
    ObjectNode node = JsonValues.NODES.objectNode();
    if (block instanceof Block.Text text) {
      node.put("type", "text");
      text.title().ifPresent(title -> node.put("title", title));
      node.put("content", text.content());
    } else if (block instanceof Block.Grid grid) {
      node.put("type", "grid");
      node.put("columns", grid.columns());
      ArrayNode items = node.putArray("items");
      grid.items().forEach(card -> items.add(card(card)));
    } else {
      node.put("type", "illustration");
      node.put("variant", ((Block.Illustration) block).variant().wireName());
    }
    return node;
  }

  private static ObjectNode card(Block.Card card) {
    ObjectNode node = JsonValues.NODES.objectNode();
    node.put("type", "card");
    node.put("icon", card.icon());
    node.put("title", card.title());
    node.put("content", card.content());
    return node;
  }
}
