package dev.reportengine.core;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test-fixture reader for AWS Transcribe job output with speaker labels: consecutive words of one
 * {@code speaker_label} form an utterance; punctuation items join the word before them. The engine
 * has no AWS importer yet, so this lives with the tests.
 */
final class AwsTranscribeFixture {

  private AwsTranscribeFixture() {}

  static Media read(Path file) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Utterance> utterances = new ArrayList<>();
    TreeSet<String> speakers = new TreeSet<>();
    String speaker = null;
    StringBuilder text = new StringBuilder();
    double start = 0;
    double end = 0;
    for (JsonNode item : root.path("results").path("items")) {
      String content = item.path("alternatives").path(0).path("content").asString();
      if (item.path("type").asString().equals("punctuation")) {
        text.append(content);
        continue;
      }
      String label = item.path("speaker_label").asString();
      double s = Double.parseDouble(item.path("start_time").asString());
      double e = Double.parseDouble(item.path("end_time").asString());
      if (!label.equals(speaker)) {
        if (speaker != null) {
          utterances.add(Utterance.of(speaker, start, end, text.toString()));
        }
        speaker = label;
        speakers.add(label);
        text.setLength(0);
        start = s;
      } else {
        text.append(' ');
      }
      text.append(content);
      end = e;
    }
    if (speaker != null) {
      utterances.add(Utterance.of(speaker, start, end, text.toString()));
    }
    return new Media(
        root.path("jobName").asString(),
        end,
        Optional.empty(),
        Optional.of("en"),
        speakers.stream().map(id -> new Entity(id, Optional.empty(), Map.of())).toList(),
        utterances,
        List.of());
  }
}
