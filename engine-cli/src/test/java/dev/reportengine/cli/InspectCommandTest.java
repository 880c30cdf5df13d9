package dev.reportengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonArray;
import dev.reportengine.api.json.JsonValue.JsonObject;
import dev.reportengine.core.ContractJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path vtt() throws IOException {
    return Files.writeString(
        tmp.resolve("call.txt"),
        "WEBVTT\n\n00:00.000 --> 00:04.000\nAnn Lee: Hello there, how are you today?\n\n"
            + "00:04.000 --> 00:05.000\nBo: Fine.\n\n00:05.000 --> 00:06.000\nAnn Lee: Good.\n");
  }

  private Path hostileLabels() throws IOException {
    return Files.writeString(
        tmp.resolve("hostile.json"),
        """
        {"format": "report-engine.media.v1",
         "entities": [{"id": "ann", "label": "\\u001b]0;pwned\\u0007Ann \\u202eeeL\\u009b2J"}],
         "utterances": [{"entity_id": "ann", "start_seconds": 0, "end_seconds": 3,
                         "text": "Hello there."}]}
        """);
  }

  @Test
  void doesPrintControlAndBidiCharactersVisiblyEscapedWhenALabelHoldsThem() throws IOException {
    int code = run("inspect", hostileLabels().toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("\\u001b]0;pwned\\u0007Ann \\u202eeeL\\u009b2J")
        .doesNotContain("\u001b", "\u0007", "\u202e", "\u009b");
  }

  @Test
  void doesKeepTheJsonOutputEqualWhenItEscapesALabel() throws IOException {
    int code = run("inspect", hostileLabels().toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonObject json = (JsonObject) ContractJson.create().readValue(out.toString());
    JsonObject ann =
        (JsonObject) ((JsonArray) json.get("entities").orElseThrow()).elements().get(0);
    assertThat(ann.get("label"))
        .contains(JsonValue.of("\u001b]0;pwned\u0007Ann \u202eeeL\u009b2J"));
  }

  @Test
  void printsStableJsonKeysWhenAskedForJson() throws IOException {
    int code = run("inspect", vtt().toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonObject json = (JsonObject) ContractJson.create().readValue(out.toString());
    assertThat(json.members().keySet())
        .containsExactly("format", "duration_seconds", "language", "timings_estimated", "entities");
    assertThat(json.get("format")).contains(JsonValue.of("webvtt"));
    assertThat(json.get("duration_seconds")).contains(JsonValue.of(6.0));
    assertThat(json.get("language")).contains(JsonValue.NULL);
    assertThat(json.get("timings_estimated")).contains(JsonValue.of(false));
    JsonObject ann =
        (JsonObject) ((JsonArray) json.get("entities").orElseThrow()).elements().get(0);
    assertThat(ann.members().keySet())
        .containsExactly(
            "id", "label", "talk_time_seconds", "talk_share", "word_count", "turn_count");
    assertThat(ann.get("id")).contains(JsonValue.of("ann-lee"));
    assertThat(ann.get("label")).contains(JsonValue.of("Ann Lee"));
    assertThat(ann.get("talk_time_seconds")).contains(JsonValue.of(5.0));
    assertThat(ann.get("talk_share")).contains(JsonValue.of(0.8333));
    assertThat(ann.get("word_count")).contains(JsonValue.of(7));
    assertThat(ann.get("turn_count")).contains(JsonValue.of(2));
  }

  @Test
  void printsAReadableSummaryByDefault() throws IOException {
    int code = run("inspect", vtt().toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("format:            webvtt")
        .contains("duration:          0:00:06 (6.000 s)")
        .contains("timings estimated: no")
        .containsPattern("ann-lee +Ann Lee +5\\.0 +83\\.3% +7 +2");
  }

  @Test
  void saysTimingsAreEstimatedForAFileWithoutTimes() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("meeting.json"),
            "{\"meeting_transcripts\": [{\"speaker\": \"Marketing\", \"content\": \"one two\"}]}");

    int code = run("inspect", file.toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonObject json = (JsonObject) ContractJson.create().readValue(out.toString());
    assertThat(json.get("format")).contains(JsonValue.of("qmsum"));
    assertThat(json.get("timings_estimated")).contains(JsonValue.of(true));
  }

  @Test
  void reportsLanguageWhenTheFileGivesIt() {
    // A real AssemblyAI response copied into the repository; its "language_code" is "en".
    Path file =
        ROOT.resolve(
            "testdata/transcripts/assemblyai_speaker_labels_utterances_nasa_clip_1spk_en.json");
    assertThat(file).as("test fixture").isRegularFile();

    int code = run("inspect", file.toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonObject json = (JsonObject) ContractJson.create().readValue(out.toString());
    assertThat(json.get("format")).contains(JsonValue.of("assemblyai"));
    assertThat(json.get("language")).contains(JsonValue.of("en"));
  }

  @Test
  void exitsOneNamingFileAndLineWhenTheFileIsMalformed() throws IOException {
    Path file = Files.writeString(tmp.resolve("bad.srt"), "1\n00:00:05,000 --> 00:00:01,000\nhi\n");

    int code = run("inspect", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "error: bad.srt: line 2: the cue ends at 00:00:01,000, before it starts at"
                + " 00:00:05,000\n");
  }

  @Test
  void exitsTwoWhenTheFileDoesNotExist() {
    int code = run("inspect", tmp.resolve("nope.vtt").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: no such file: ");
  }
}
