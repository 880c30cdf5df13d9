package dev.reportengine.media;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A host's own speech-to-text vendor, as {@code docs/media-format.md} shows it: registered for the
 * tests with {@code META-INF/services/dev.reportengine.media.TranscriptFormat}.
 *
 * <pre>{@code
 * {"acme_stt": 1, "duration": 9.5, "segments": [{"who": "Ana", "from": 0, "to": 4.2, "said": "Hi"}]}
 * }</pre>
 */
public final class AcmeSttFormat implements TranscriptFormat {

  @Override
  public String name() {
    return "acme-stt"; // becomes Media.sourceFormat(); lower case, digits, '.', '_', '-'
  }

  @Override
  public String description() {
    return "Acme STT JSON (an object with \"acme_stt\")"; // listed when no format fits a file
  }

  @Override
  public Match detect(TranscriptText source) { // cheap; runs for every file
    return source.json().filter(root -> root.has("acme_stt")).isPresent()
        ? Match.CERTAIN
        : Match.NONE;
  }

  @Override
  public Media read(String mediaId, TranscriptText source) {
    JsonNode segments = source.requireJson().path("segments");
    if (!segments.isArray()) {
      throw source.errorAt("/segments", "expected an array of segments");
    }
    Map<String, Entity> speakers = new LinkedHashMap<>();
    List<Utterance> utterances = new ArrayList<>();
    double end = 0;
    for (int i = 0; i < segments.size(); i++) {
      source.checkpoint(); // stops when the job is canceled
      JsonNode segment = segments.get(i);
      String at = "/segments/" + i;
      if (!segment.path("who").isString() || !segment.path("said").isString()) {
        throw source.errorAt(at, "expected \"who\" and \"said\" strings");
      }
      if (!segment.path("from").isNumber() || !segment.path("to").isNumber()) {
        throw source.errorAt(at, "expected \"from\" and \"to\" in seconds");
      }
      String who = segment.get("who").asString();
      String id = "speaker-" + (speakers.size() + 1);
      Entity speaker = speakers.computeIfAbsent(who, label -> Entity.of(id, label));
      double to = segment.get("to").asDouble();
      utterances.add(
          Utterance.of(
              speaker.id(), segment.get("from").asDouble(), to, segment.get("said").asString()));
      end = Math.max(end, to);
    }
    double duration = source.requireJson().path("duration").asDouble(end);
    return new Media(
        mediaId,
        Math.max(duration, end),
        Optional.empty(),
        Optional.empty(),
        List.copyOf(speakers.values()),
        utterances,
        List.of());
  }
}
