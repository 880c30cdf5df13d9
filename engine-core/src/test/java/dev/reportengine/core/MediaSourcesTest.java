package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.api.spi.MediaSource.MediaQuery;
import dev.reportengine.api.spi.MediaUnreadableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSourcesTest {

  private static final String VTT = "WEBVTT\n\n00:01.000 --> 00:02.500\n<v Ann Lee>Hello there\n";
  private static final String JSON =
      "{\"format\": \"report-engine.media.v1\", \"entities\": [{\"id\": \"ann\"}],"
          + " \"utterances\": [{\"entity_id\": \"ann\", \"start_seconds\": 0, \"end_seconds\": 3,"
          + " \"text\": \"From JSON\"}]}";

  private static Media media(String id) {
    return new Media(
        id,
        2,
        Optional.empty(),
        Optional.empty(),
        List.of(Entity.of("a", "A")),
        List.of(Utterance.of("a", 0, 1, "hi")),
        List.of());
  }

  @Nested
  class InMemory {

    @Test
    void loadsMediaByIdWhenPresent() {
      MediaSource source = MediaSources.inMemory(List.of(media("one"), media("two")));

      assertThat(source.load(new MediaQuery("two"))).contains(media("two"));
      assertThat(source.load(new MediaQuery("three"))).isEmpty();
    }

    @Test
    void rejectsDuplicateIdsNamingThem() {
      assertThatThrownBy(() -> MediaSources.inMemory(List.of(media("one"), media("one"))))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("duplicate media id [one]");
    }
  }

  @Nested
  class Directory {

    @TempDir Path dir;

    private MediaSource source() {
      return MediaSources.directory(dir);
    }

    private Optional<Media> load(String id) {
      return source().load(new MediaQuery(id));
    }

    private void write(String name, String text) throws IOException {
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void findsFileWhenIdHasNoExtension() throws IOException {
      write("call-1.vtt", VTT);

      Media media = load("call-1").orElseThrow();

      assertThat(media.id()).isEqualTo("call-1");
      assertThat(media.utterances())
          .containsExactly(Utterance.of("ann-lee", 1, 2.5, "Hello there"));
    }

    @Test
    void findsFileWhenIdHasExtension() throws IOException {
      write("call-1.vtt", VTT);
      write("call-1.json", JSON);

      assertThat(load("call-1.vtt").orElseThrow().id()).isEqualTo("call-1.vtt");
      assertThat(load("call-1.json").orElseThrow().utterances().get(0).text())
          .isEqualTo("From JSON");
    }

    @Test
    void choosesFormatByContentWhenExtensionMisleads() throws IOException {
      write("call.txt", JSON);
      write("other.json", VTT);

      assertThat(load("call").orElseThrow().utterances().get(0).text()).isEqualTo("From JSON");
      assertThat(load("other").orElseThrow().entities())
          .containsExactly(Entity.of("ann-lee", "Ann Lee"));
    }

    @Test
    void acceptsByteOrderMark() throws IOException {
      write("bom.vtt", "\uFEFF" + VTT);
      write("bom.json", "\uFEFF\n  " + JSON);

      assertThat(load("bom.vtt")).isPresent();
      assertThat(load("bom.json")).isPresent();
    }

    @Test
    void namesBothFilesWhenIdIsAmbiguous() throws IOException {
      write("call-1.vtt", VTT);
      write("call-1.json", JSON);

      assertThatThrownBy(() -> load("call-1"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessageContaining("media id [call-1] matches several files: call-1.json, call-1.vtt");
    }

    @Test
    void returnsEmptyWhenFileIsMissing() throws IOException {
      write("call-10.vtt", VTT);
      write("call-1x.vtt", VTT);
      Files.createDirectory(dir.resolve("call-1"));

      assertThat(load("call-1")).isEmpty();
      assertThat(load("call")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "../secret",
          "..",
          ".",
          "sub/call",
          "sub\\call",
          "/etc/passwd",
          "call\0.vtt",
          ".hidden",
          "C:call",
          "",
          " ",
          "a..b"
        })
    void returnsEmptyWhenIdCouldEscapeDirectory(String id) throws IOException {
      Path sub = Files.createDirectory(dir.resolve("sub"));
      Files.writeString(sub.resolve("call.vtt"), VTT);
      Files.writeString(dir.resolve(".hidden.vtt"), VTT);
      Files.writeString(dir.getParent().resolve("secret.vtt"), VTT);
      try {
        assertThat(load(id)).isEmpty();
      } finally {
        Files.delete(dir.getParent().resolve("secret.vtt"));
      }
    }

    @Test
    void refusesFileWhenLargerThanLimit() throws IOException {
      write("big.vtt", VTT);
      MediaSource small = MediaSources.directory(dir, 10);

      assertThatThrownBy(() -> small.load(new MediaQuery("big")))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage(
              "big.vtt: the file is " + VTT.length() + " bytes, more than the limit of 10 bytes");
    }

    @Test
    void refusesFileWhenBinary() throws IOException {
      Files.write(dir.resolve("rec.mp4"), new byte[] {0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p'});

      assertThatThrownBy(() -> load("rec"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage(
              "rec.mp4: the file holds binary data (a NUL byte at offset 0); expected UTF-8 text");
    }

    @Test
    void refusesFileWhenNotUtf8() throws IOException {
      Files.write(
          dir.resolve("latin1.vtt"), "WEBVTT\n\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

      assertThatThrownBy(() -> load("latin1"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage(
              "latin1.vtt: the file is not valid UTF-8 (invalid bytes at offset 11); expected UTF-8 text");
    }

    @Test
    void refusesFileWhenUtf16() throws IOException {
      Files.write(dir.resolve("wide.vtt"), "\uFEFFWEBVTT\n".getBytes(StandardCharsets.UTF_16));

      assertThatThrownBy(() -> load("wide"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage("wide.vtt: the file is UTF-16 encoded; expected UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF"})
    void refusesFileWhenEmpty(String content) throws IOException {
      write("empty.vtt", content);

      assertThatThrownBy(() -> load("empty"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage("empty.vtt: the file is empty");
    }

    @Test
    void refusesFileWhenOnlyWhitespace() throws IOException {
      write("blank.json", " \n\t\r\n");

      assertThatThrownBy(() -> load("blank"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage("blank.json: the file is empty (only whitespace)");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Just some notes\nwithout a speaker or time\n",
          "{\"results\": {\"transcripts\": []}}",
          "{\"format\": \"report-engine.media.v2\"}",
          " WEBVTT\n"
        })
    void listsFormatsTriedWhenFormatIsUnknown(String content) throws IOException {
      write("call.srt", content);

      assertThatThrownBy(() -> load("call"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessageStartingWith(
              "call.srt: unrecognized media format; tried: report-engine.media.v1 JSON (an object"
                  + " with \"format\": \"report-engine.media.v1\"); WebVTT (text starting with"
                  + " WEBVTT); ")
          .hasMessageContainingAll(
              "SRT (",
              "Deepgram JSON",
              "AssemblyAI JSON",
              "AWS Transcribe JSON",
              "Rev JSON",
              "Rev NLP",
              "Whisper/WhisperX JSON",
              "QMSum JSON",
              "speaker blocks",
              "speaker lines",
              "Markdown transcript");
    }

    @Test
    void namesFileAndLineWhenContentIsMalformed() throws IOException {
      write("bad.vtt", "WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n");
      write(
          "bad.json",
          "{\"format\": \"report-engine.media.v1\", \"entities\": [], \"utterances\": 3}");

      assertThatThrownBy(() -> load("bad.vtt"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessageStartingWith("bad.vtt: line 3: the cue ends at");
      assertThatThrownBy(() -> load("bad.json"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage("bad.json: /utterances: expected an array, found the number 3");
    }

    @Test
    void refusesSymlinkWhenItLeadsOutsideTheDirectory(@TempDir Path outside) throws IOException {
      Path secret = Files.writeString(outside.resolve("secret.vtt"), VTT);
      Files.createSymbolicLink(dir.resolve("call.vtt"), secret);

      assertThatThrownBy(() -> load("call"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessage(
              "call.vtt: the file is a symbolic link that leads outside the media directory;"
                  + " refused")
          .message()
          .doesNotContain(outside.toString(), dir.toString());
    }

    @Test
    void refusesSymlinkWhenItsDirectoryLeadsOutside(@TempDir Path outside) throws IOException {
      Files.writeString(outside.resolve("secret.vtt"), VTT);
      Files.createSymbolicLink(dir.resolve("sub"), outside);
      Files.createSymbolicLink(dir.resolve("call.vtt"), dir.resolve("sub").resolve("secret.vtt"));

      assertThatThrownBy(() -> load("call"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessageContaining("leads outside the media directory");
    }

    @Test
    void readsSymlinkWhenItStaysInsideTheDirectory() throws IOException {
      write("recording-2024.vtt", VTT);
      Files.createSymbolicLink(dir.resolve("call.vtt"), Path.of("recording-2024.vtt"));

      assertThat(load("call").orElseThrow().utterances())
          .containsExactly(Utterance.of("ann-lee", 1, 2.5, "Hello there"));
    }

    @Test
    void readsFilesWhenTheDirectoryItselfIsASymlink(@TempDir Path elsewhere) throws IOException {
      Path real = Files.createDirectory(elsewhere.resolve("real"));
      Files.writeString(real.resolve("call.vtt"), VTT);
      Path link = Files.createSymbolicLink(elsewhere.resolve("media"), real);

      assertThat(MediaSources.directory(link).load(new MediaQuery("call"))).isPresent();
    }

    @Test
    void namesTheRequestedFileWhenASymlinkInsideLeadsToAMalformedFile() throws IOException {
      write("recording-2024.vtt", "WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n");
      Files.createSymbolicLink(dir.resolve("call.vtt"), dir.resolve("recording-2024.vtt"));

      assertThatThrownBy(() -> load("call"))
          .isExactlyInstanceOf(MediaUnreadableException.class)
          .hasMessageStartingWith("call.vtt: line 3: the cue ends at");
    }

    @Test
    void rejectsDirectoryWhenMissingOrLimitOutOfRange() {
      assertThatThrownBy(() -> MediaSources.directory(dir.resolve("nope")))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not exist or is not a directory");
      assertThatThrownBy(() -> MediaSources.directory(dir, 0))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxFileBytes must be in 1..2147483639, got 0");
    }
  }
}
