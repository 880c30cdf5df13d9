package dev.reportengine.media.internal;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Signal;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.media.Word;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes media as {@code report-engine.media.v1}, fields in a fixed order and attributes sorted, so
 * that the same media always gives the same bytes. The media id is not written: it is the name the
 * media is loaded under.
 */
final class MediaJsonWriter {

  private MediaJsonWriter() {}

  static String write(Media media) {
    ObjectNode root = MediaJson.MAPPER.createObjectNode();
    root.put("format", MediaJson.FORMAT);
    root.put("duration_seconds", media.durationSeconds());
    media.url().ifPresent(url -> root.put("url", url));
    media.language().ifPresent(language -> root.put("language", language));
    ArrayNode entities = root.putArray("entities");
    media.entities().forEach(e -> entity(entities.addObject(), e));
    ArrayNode utterances = root.putArray("utterances");
    media.utterances().forEach(u -> utterance(utterances.addObject(), u));
    if (!media.signals().isEmpty()) {
      ArrayNode signals = root.putArray("signals");
      media.signals().forEach(s -> signal(signals.addObject(), s));
    }
    return MediaJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void entity(ObjectNode node, Entity entity) {
    node.put("id", entity.id());
    entity.label().ifPresent(label -> node.put("label", label));
    if (!entity.attributes().isEmpty()) {
      ObjectNode attributes = node.putObject("attributes");
      new TreeMap<>(entity.attributes()).forEach(attributes::put);
    }
  }

  private static void utterance(ObjectNode node, Utterance utterance) {
    node.put("entity_id", utterance.entityId());
    node.put("start_seconds", utterance.startSeconds());
    node.put("end_seconds", utterance.endSeconds());
    node.put("text", utterance.text());
    if (!utterance.words().isEmpty()) {
      ArrayNode words = node.putArray("words");
      utterance.words().forEach(w -> word(words.addObject(), w));
    }
  }

  private static void word(ObjectNode node, Word word) {
    node.put("text", word.text());
    node.put("start_seconds", word.startSeconds());
    node.put("end_seconds", word.endSeconds());
    word.confidence().ifPresent(c -> node.put("confidence", c));
  }

  private static void signal(ObjectNode node, Signal signal) {
    node.put("entity_id", signal.entityId());
    node.put("kind", signal.kind());
    node.put("start_seconds", signal.startSeconds());
    node.put("end_seconds", signal.endSeconds());
    node.put("value", signal.value());
  }
}
