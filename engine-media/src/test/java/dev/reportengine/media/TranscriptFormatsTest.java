package dev.reportengine.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.TranscriptFormat.Match;
import dev.reportengine.media.testing.RepoFiles;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format SPI: discovery with ServiceLoader ({@link AcmeSttFormat}, registered in this module's
 * test resources), which format reads a file when several claim it, and how a failing host format
 * is reported.
 */
class TranscriptFormatsTest {

  private static final String BUILT_IN =
      "[report-engine, webvtt, rev-nlp, srt, speaker-blocks, speaker-lines, deepgram, assemblyai,"
          + " aws-transcribe, rev, qmsum, whisper, markdown]";

  private static final String ACME =
      """
      {"acme_stt": 1, "duration": 9.5, "segments": [
        {"who": "Ana", "from": 0, "to": 4.2, "said": "Thanks for joining."},
        {"who": "Ben", "from": 4.5, "to": 8.0, "said": "Happy to be here."}
      ]}
      """;

  private static final String VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana>Hello there.\n";

  /** Whisper segment JSON, which the built-in format claims only weakly. */
  private static final String SEGMENTS = "[{\"start\": 0, \"end\": 2, \"text\": \"Hello.\"}]";

  @TempDir Path dir;

  @Test
  void installedListsBuiltInFormatsThenDiscoveredOnes() {
    assertThat(TranscriptFormats.builtIn().names()).hasToString(BUILT_IN);
    assertThat(TranscriptFormats.installed().names())
        .hasToString(BUILT_IN.replace("]", ", acme-stt]"));
  }

  @Test
  void readsFileInDiscoveredFormat() throws IOException {
    Path file = write("call-7.json", ACME);

    Media media = TranscriptFormats.installed().read(file);

    assertThat(media.id()).isEqualTo("call-7");
    assertThat(media.sourceFormat()).contains("acme-stt");
    assertThat(media.utterances()).extracting(u -> u.text()).contains("Happy to be here.");
    assertThat(media.entities()).extracting(e -> e.label().orElseThrow()).contains("Ana", "Ben");
    assertThatThrownBy(() -> TranscriptFormats.builtIn().read(file))
        .isInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith("call-7.json: unrecognized media format; tried: ")
        .hasMessageNotContaining("Acme");
  }

  @Test
  void directorySourceReadsDiscoveredFormat() throws IOException {
    write("call-7.json", ACME);

    Media media =
        new TranscriptDirectory(dir, 1 << 20, TranscriptFormats.installed())
            .load(new MediaQuery("call-7"))
            .orElseThrow();

    assertThat(media.sourceFormat()).contains("acme-stt");
  }

  @Test
  void discoveredFormatErrorsNameFileAndJsonPointer() throws IOException {
    Path file = write("bad.json", "{\"acme_stt\": 1, \"segments\": [{\"who\": \"Ana\"}]}");

    assertThatThrownBy(() -> TranscriptFormats.installed().read(file))
        .isInstanceOf(MediaUnreadableException.class)
        .hasMessage("bad.json: /segments/0: expected \"who\" and \"said\" strings");
  }

  @Test
  void strongerMatchWinsOverEarlierWeakerOne() {
    TranscriptFormats formats =
        TranscriptFormats.builtIn().with(format("segments", Match.SOLID, t -> t.startsWith("[")));

    assertThat(TranscriptFormats.builtIn().detect(text(SEGMENTS)).name()).isEqualTo("whisper");
    assertThat(formats.detect(text(SEGMENTS)).name()).isEqualTo("segments");
    assertThat(formats.read("m", "s.json", SEGMENTS).sourceFormat()).contains("segments");
  }

  @Test
  void builtInFormatWinsTie() {
    TranscriptFormats formats =
        TranscriptFormats.builtIn()
            .with(format("any-vtt", Match.CERTAIN, t -> t.startsWith("WEBVTT")));

    assertThat(formats.detect(text(VTT)).name()).isEqualTo("webvtt");
  }

  @Test
  void addedFormatsTieByName() {
    TranscriptFormats formats =
        TranscriptFormats.builtIn()
            .with(
                format("zeta", Match.WEAK, t -> t.startsWith("ZZ")),
                format("alpha", Match.WEAK, t -> t.startsWith("ZZ")));

    assertThat(formats.names()).endsWith("alpha", "zeta");
    assertThat(formats.detect(text("ZZ top")).name()).isEqualTo("alpha");
  }

  @Test
  void namedFormatWinsOverDetection() throws IOException {
    TranscriptFormats formats =
        TranscriptFormats.installed().with(format("lines", Match.NONE, t -> false));
    Path file = write("call.vtt", VTT);

    assertThat(formats.read(file).sourceFormat()).contains("webvtt");
    assertThat(formats.read(file, "lines").sourceFormat()).contains("lines");
    assertThatThrownBy(() -> formats.read(file, "vtt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown transcript format \"vtt\"; known formats: "
                + String.join(", ", formats.names()));
  }

  @Test
  void addedFormatReplacesBuiltInOfSameNameInItsPlace() {
    TranscriptFormats formats =
        TranscriptFormats.builtIn()
            .with(format("webvtt", Match.CERTAIN, t -> t.startsWith("WEBVTT")));

    assertThat(formats.names()).isEqualTo(TranscriptFormats.builtIn().names());
    Media media = formats.read("m", "call.vtt", VTT);
    assertThat(media.utterances()).extracting(u -> u.text()).containsExactly("WEBVTT");
  }

  @Test
  void discoveredFormatWithTakenNameFailsNamingBoth() throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(TranscriptFormat.class.getName()), SrtImpostor.class.getName() + "\n");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> TranscriptFormats.installed(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("two transcript formats are named \"srt\": ")
          .hasMessageContaining("SrtImporter and " + SrtImpostor.class.getName());
    }
  }

  @Test
  void failingFormatIsReportedWithItsName() {
    TranscriptFormats reading =
        TranscriptFormats.builtIn()
            .with(
                new TestFormat(
                    "broken",
                    Match.CERTAIN,
                    t -> true,
                    t -> {
                      throw new IllegalStateException("segment table missing");
                    }));
    TranscriptFormats detecting =
        TranscriptFormats.builtIn()
            .with(
                format(
                    "broken",
                    Match.CERTAIN,
                    t -> {
                      throw new NullPointerException();
                    }));
    TranscriptFormats rejecting =
        TranscriptFormats.builtIn()
            .with(
                new TestFormat(
                    "broken",
                    Match.CERTAIN,
                    t -> true,
                    t -> {
                      throw new IllegalArgumentException("speaker 3 is unknown");
                    }));

    assertThatThrownBy(() -> reading.read("m", "x.txt", "anything"))
        .isInstanceOf(MediaUnreadableException.class)
        .hasMessage("x.txt: the broken format failed: IllegalStateException: segment table missing")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> detecting.read("m", "x.txt", "anything"))
        .isInstanceOf(MediaUnreadableException.class)
        .hasMessage("x.txt: the broken format failed while detecting: NullPointerException");
    assertThatThrownBy(() -> rejecting.read("m", "x.txt", "anything"))
        .isInstanceOf(MediaUnreadableException.class)
        .hasMessage("x.txt: not a valid broken transcript: speaker 3 is unknown");
  }

  @Test
  void formatWithoutValidNameIsRefused() {
    assertThatThrownBy(
            () -> TranscriptFormats.builtIn().with(format("Acme STT", Match.WEAK, t -> true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has the name \"Acme STT\"; a name is lower case letters");
    assertThatThrownBy(
            () ->
                TranscriptFormats.builtIn()
                    .with(
                        format("twin", Match.WEAK, t -> true),
                        format("twin", Match.WEAK, t -> true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two added transcript formats are named \"twin\"");
  }

  @Test
  void documentedExampleIsTheTestedFormat() throws IOException {
    String doc = Files.readString(RepoFiles.root().resolve("docs/media-format.md"));
    Matcher example =
        Pattern.compile("## Adding your own transcript format.*?```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    assertThat(example.find()).as("docs/media-format.md has the section and its example").isTrue();

    String source =
        Files.readString(
            RepoFiles.root()
                .resolve("engine-media/src/test/java/dev/reportengine/media/AcmeSttFormat.java"));
    assertThat(example.group(1)).contains("implements TranscriptFormat", "public Media read(");
    assertThat(source).contains(example.group(1));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static TranscriptText text(String text) {
    return TranscriptText.of("t", text);
  }

  private static TestFormat format(String name, Match match, Predicate<String> claims) {
    return new TestFormat(
        name,
        match,
        claims,
        t ->
            new Media(
                "m",
                1,
                Optional.empty(),
                Optional.empty(),
                List.of(Entity.of("a", "A")),
                List.of(Utterance.of("a", 0, 1, t.lines().findFirst().orElse(""))),
                List.of()));
  }

  private record TestFormat(
      String name, Match match, Predicate<String> claims, Function<String, Media> reads)
      implements TranscriptFormat {

    @Override
    public String description() {
      return name + " (a test format)";
    }

    @Override
    public Match detect(TranscriptText source) {
      return claims.test(source.text()) ? match : Match.NONE;
    }

    @Override
    public Media read(String mediaId, TranscriptText source) {
      return reads.apply(source.text());
    }
  }

  /** A discovered format that takes a built-in's name. */
  public static final class SrtImpostor implements TranscriptFormat {

    @Override
    public String name() {
      return "srt";
    }

    @Override
    public String description() {
      return "not SRT";
    }

    @Override
    public Match detect(TranscriptText source) {
      return Match.NONE;
    }

    @Override
    public Media read(String mediaId, TranscriptText source) {
      throw source.error("never read");
    }
  }
}
