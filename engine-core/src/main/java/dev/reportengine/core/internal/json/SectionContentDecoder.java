package dev.reportengine.core.internal.json;

import dev.reportengine.api.Block;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.json.JsonText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@code section_content}: an object whose {@code type} is a block type must be that block
 * and an array of such objects a list of blocks (checked strictly); anything else is free JSON.
 */
final class SectionContentDecoder {
  private static final List<String> BLOCK_TYPES = List.of("card", "text", "grid", "illustration");
  private static final List<String> CARD_TYPE = List.of("card");
  private static final List<String> COLUMNS = List.of("2", "3", "4");
  private static final List<String> VARIANTS =
      Arrays.stream(Block.IllustrationVariant.values())
          .map(Block.IllustrationVariant::wireName)
          .toList();

  private SectionContentDecoder() {}

  static Optional<SectionContent> decode(JsonNode node, Pointer here, FieldChecks checks) {
    if (isBlock(node)) {
      return block((ObjectNode) node, here, checks).map(block -> block);
    }
    if (node.isArray() && node.valueStream().allMatch(SectionContentDecoder::isBlock)) {
      List<Block> blocks = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        block((ObjectNode) node.get(i), here.index(i), checks).ifPresent(blocks::add);
      }
      return blocks.size() == node.size()
          ? Optional.of(new SectionContent.Blocks(blocks))
          : Optional.empty();
    }
    return Optional.of(new SectionContent.FreeJson(JsonValues.fromNode(node)));
  }

  private static boolean isBlock(JsonNode node) {
    return node.isObject()
        && node.path("type").isString()
        && BLOCK_TYPES.contains(node.get("type").stringValue());
  }

  private static Optional<Block> block(ObjectNode node, Pointer here, FieldChecks checks) {
    return switch (node.get("type").stringValue()) {
      case "card" -> card(node, here, checks).map(card -> card);
      case "text" -> text(node, here, checks);
      case "grid" -> grid(node, here, checks);
      default -> illustration(node, here, checks);
    };
  }

  private static Optional<Block.Card> card(ObjectNode node, Pointer here, FieldChecks checks) {
    checks.knownFields(node, here, List.of("type", "icon", "title", "content"));
    Optional<String> type =
        checks
            .required(node, here, "type")
            .flatMap(t -> checks.oneOf(t, here.child("type"), CARD_TYPE));
    Optional<String> icon = requiredString(node, here, "icon", checks);
    Optional<String> title = requiredString(node, here, "title", checks);
    Optional<String> content = requiredString(node, here, "content", checks);
    if (type.isEmpty() || icon.isEmpty() || title.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Block.Card(icon.get(), title.get(), content.get()));
  }

  private static Optional<Block> text(ObjectNode node, Pointer here, FieldChecks checks) {
    checks.knownFields(node, here, List.of("type", "title", "content"));
    Optional<JsonNode> titleNode = FieldChecks.member(node, "title");
    Optional<String> title = titleNode.flatMap(t -> checks.string(t, here.child("title")));
    Optional<String> content = requiredString(node, here, "content", checks);
    if (content.isEmpty() || titleNode.isPresent() && title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Block.Text(title, content.get()));
  }

  private static Optional<Block> grid(ObjectNode node, Pointer here, FieldChecks checks) {
    checks.knownFields(node, here, List.of("type", "columns", "items"));
    Pointer columnsAt = here.child("columns");
    Optional<Integer> columns =
        checks
            .required(node, here, "columns")
            .flatMap(c -> checks.number(c, columnsAt, null, null))
            .flatMap(c -> columns(c, columnsAt, checks));
    Pointer itemsAt = here.child("items");
    List<Block.Card> cards = new ArrayList<>();
    Optional<Boolean> itemsValid =
        checks
            .required(node, here, "items")
            .flatMap(items -> checks.array(items, itemsAt))
            .map(
                items -> {
                  for (int i = 0; i < items.size(); i++) {
                    Pointer at = itemsAt.index(i);
                    checks
                        .object(items.get(i), at)
                        .flatMap(item -> card(item, at, checks))
                        .ifPresent(cards::add);
                  }
                  return cards.size() == items.size();
                });
    if (columns.isEmpty() || !itemsValid.orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(new Block.Grid(columns.get(), cards));
  }

  private static Optional<Integer> columns(BigDecimal value, Pointer at, FieldChecks checks) {
    String text = JsonText.number(value);
    if (COLUMNS.contains(text)) {
      return Optional.of(Integer.valueOf(text));
    }
    checks.add(
        at,
        ViolationCode.ENUM,
        checks.name(at)
            + " must be one of: "
            + Texts.list(COLUMNS)
            + "; got "
            + Texts.shorten(text));
    return Optional.empty();
  }

  private static Optional<Block> illustration(ObjectNode node, Pointer here, FieldChecks checks) {
    checks.knownFields(node, here, List.of("type", "variant"));
    return checks
        .required(node, here, "variant")
        .flatMap(v -> checks.oneOf(v, here.child("variant"), VARIANTS))
        .map(
            v ->
                new Block.Illustration(
                    Block.IllustrationVariant.valueOf(v.toUpperCase(java.util.Locale.ROOT))));
  }

  private static Optional<String> requiredString(
      ObjectNode node, Pointer here, String name, FieldChecks checks) {
    return checks.required(node, here, name).flatMap(v -> checks.string(v, here.child(name)));
  }
}
