package dev.reportengine.cli;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch left in its store directory for {@code resume}: {@code batch.json} with the media
 * directory, the output directory and the job of every transcript.
 *
 * @param mediaDir where the transcripts are
 * @param out where reports are written
 * @param jobs transcript file name to job id, in batch order
 */
record BatchManifest(Path mediaDir, Path out, Map<String, String> jobs) {

  static final String FILE = "batch.json";

  BatchManifest {
    jobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
  }

  void write(Path store) {
    ContractJson json = ContractJson.create();
    JsonValue.JsonObject.Builder byFile = JsonValue.JsonObject.builder();
    jobs.forEach(byFile::put);
    String text =
        json.writeValue(
            JsonValue.JsonObject.builder()
                .put("mediaDir", mediaDir.toAbsolutePath().toString())
                .put("out", out.toAbsolutePath().toString())
                .put("jobs", byFile.build())
                .build());
    Path temp = store.resolve(FILE + ".new");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(
          temp,
          store.resolve(FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + store.resolve(FILE) + ": " + e, e);
    }
  }

  /**
   * The manifest in a store directory, if a batch wrote one.
   *
   * @throws IllegalArgumentException naming the file when it is not a manifest
   */
  static Optional<BatchManifest> read(Path store) {
    Path file = store.resolve(FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e, e);
    }
    try {
      JsonValue.JsonObject root = (JsonValue.JsonObject) ContractJson.create().readValue(text);
      Map<String, String> jobs = new LinkedHashMap<>();
      ((JsonValue.JsonObject) root.get("jobs").orElseThrow())
          .members()
          .forEach((name, id) -> jobs.put(name, ((JsonValue.JsonString) id).value()));
      return Optional.of(
          new BatchManifest(Path.of(string(root, "mediaDir")), Path.of(string(root, "out")), jobs));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + " is not a batch manifest: " + e.getMessage(), e);
    }
  }

  private static String string(JsonValue.JsonObject root, String name) {
    return ((JsonValue.JsonString) root.get(name).orElseThrow()).value();
  }
}
