package dev.reportengine.media.internal;

import dev.reportengine.api.media.Media;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.internal.TranscriptBuilder.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * Reads Rev transcript JSON: the editor's {@code speakers[]} and {@code monologues[].spans[]}
 * ({@code value}, {@code ts}, {@code endTs}) and the Rev.ai API's {@code monologues[].elements[]}.
 * Each monologue is a turn; a span's value keeps its times when it has them. Spans without times
 * are punctuation, which joins the word before it, or words, whose times are estimated. A speaker's
 * {@code note} (such as {@code interviewer}) becomes the entity's {@code role}.
 */
final class RevJsonImporter extends BuiltInFormat {

  RevJsonImporter() {
    super(Match.SOLID);
  }

  @Override
  public String name() {
    return "rev";
  }

  @Override
  public String description() {
    return "Rev JSON (monologues[] with spans[] or elements[])";
  }

  @Override
  public boolean recognizes(TranscriptText source) {
    return source.json().map(root -> root.path("monologues").isArray()).orElse(false);
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode root = source.requireJson();
    JsonReads json = new JsonReads(source);
    TranscriptBuilder builder = new TranscriptBuilder(name(), source.cancellation());
    Map<String, String> speakers = new HashMap<>();
    JsonNode declared = json.elements(root, "speakers", "");
    for (JsonNode s : declared) {
      String key = json.text(s, "id").orElse("");
      String name = json.text(s, "name").orElse("Speaker " + key);
      Map<String, String> attributes = new HashMap<>();
      json.text(s, "note").filter(n -> !n.isBlank()).ifPresent(n -> attributes.put("role", n));
      speakers.put(key, builder.speaker(name, attributes));
    }
    JsonNode monologues = root.path("monologues");
    for (int i = 0; i < monologues.size(); i++) {
      JsonNode m = monologues.get(i);
      String at = "/monologues/" + i;
      String key = json.label(m, "speaker", at).orElse(null);
      String speaker =
          key == null
              ? builder.unknownSpeaker()
              : speakers.computeIfAbsent(
                  key, k -> builder.speaker(json.text(m, "speaker_name").orElse("Speaker " + k)));
      String field = m.has("spans") ? "spans" : "elements";
      builder.parts(speaker, parts(json, json.elements(m, field, at), at + "/" + field));
    }
    return builder.build(mediaId);
  }

  private static List<Part> parts(JsonReads json, JsonNode spans, String pointer) {
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      JsonNode span = spans.get(k);
      String at = pointer + "/" + k;
      String value = json.text(span, "value").orElse("");
      OptionalDouble start = json.seconds(span, "ts", at);
      OptionalDouble end = json.seconds(span, "endTs", at);
      if (end.isEmpty()) {
        end = json.seconds(span, "end_ts", at);
      }
      if (start.isPresent() && end.isPresent()) {
        json.checkOrder(start.getAsDouble(), end.getAsDouble(), at);
      }
      int lead = leadingPunctuation(value);
      if (start.isEmpty() && lead > 0 && !parts.isEmpty()) {
        Part previous = parts.get(parts.size() - 1);
        parts.set(
            parts.size() - 1,
            new Part(previous.text() + value.substring(0, lead), previous.start(), previous.end()));
        value = value.substring(lead);
      }
      if (!value.isBlank()) {
        parts.add(new Part(value, start, end));
      }
    }
    return parts;
  }

  /** The length of the prefix of {@code value} that holds no letter, digit or space. */
  private static int leadingPunctuation(String value) {
    int i = 0;
    while (i < value.length()
        && !Character.isLetterOrDigit(value.charAt(i))
        && !Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    return i;
  }
}
