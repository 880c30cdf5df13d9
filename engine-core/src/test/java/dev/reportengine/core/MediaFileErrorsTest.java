package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.spi.MediaUnreadableException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad transcript files fail with a message naming the file and the line or JSON path. */
class MediaFileErrorsTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          truncated JSON | call.json | {"results": {"channels": [{"alternatives": [ | call.json: line 1, column 45: not valid JSON: Unexpected end-of-input: expected close marker for Array
          negative JSON time | call.json | [{"start": -1.5, "end": 2, "text": "hi"}] | call.json: /0/start: negative time -1.5
          end before start | call.json | {"metadata": {}, "results": {"channels": [], "utterances": [{"start": 4, "end": 2, "speaker": 0, "transcript": "hi"}]}} | call.json: /results/utterances/0: end 2.0 is before start 4.0
          time that is no number | call.json | {"results": {"transcripts": [], "items": [{"type": "pronunciation", "start_time": "soon", "end_time": "1.0", "alternatives": [{"content": "hi"}]}]}} | call.json: /results/items/0/start_time: expected a time in seconds, found "soon"
          milliseconds as text | call.json | {"audio_duration": 3, "utterances": [{"start": "x", "end": 10, "speaker": "A", "text": "hi"}]} | call.json: /utterances/0/start: expected a time in seconds, found "x"
          unparseable SRT time | call.srt | `1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:03,000 --> 00:0x:04,000\nho\n` | call.srt: line 6: expected a time like 00:01:02,500, found "00:0x:04,000"
          SRT end before start | call.srt | `1\n00:00:05,000 --> 00:00:02,000\nhi\n` | call.srt: line 2: the cue ends at 00:00:02,000, before it starts at 00:00:05,000
          negative SRT time | call.srt | `00:00:01,000 --> 00:00:02,000\nhi\n\n-00:00:01,000 --> 00:00:02,000\nho\n` | call.srt: line 4: negative time -00:00:01,000
          Rev NLP bad time | call.nlp | `token|speaker|ts|endTs|punctuation|prepunctuation|case\nhi|0|1.0|1.2|||LC\nho|0|late|2.0|||LC\n` | call.nlp: line 3: ts: expected seconds such as 12.71, found "late"
          speaker block end before start | call.txt | `[0:00:05.00 - 0:00:01.00] SPEAKER_00\nhi\n` | call.txt: line 1: the block ends at 0:00:01.00, before it starts at 0:00:05.00
          WebVTT end before start | call.vtt | `WEBVTT\n\n00:05.000 --> 00:02.000\nAnn: hi\n` | call.vtt: line 3: the cue ends at 00:00:02.000, before it starts at 00:00:05.000
          """)
  void namesFileAndPlaceWhenContentIsBad(String what, String file, String content, String message)
      throws IOException {
    Path path = write(file, content.replace("\\n", "\n"));

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void saysTheFileIsEmptyWhenItIs() throws IOException {
    Path path = write("empty.vtt", "");

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessage("empty.vtt: the file is empty");
  }

  @Test
  void refusesBinaryDataWhenTheFileHoldsSome() throws IOException {
    Path path = Files.write(dir.resolve("call.json"), new byte[] {'{', 0, 1, 2, (byte) 0xFF});

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessage(
            "call.json: the file holds binary data (a NUL byte at offset 1); expected UTF-8 text");
  }

  @Test
  void listsEveryFormatTriedWhenNoneFits() throws IOException {
    Path path = write("notes.txt", "Some notes about the call.\nNo speakers, no times.\n");

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith("notes.txt: unrecognized media format; tried: ")
        .hasMessageContainingAll(
            MediaSources.formats().stream()
                .map(
                    f ->
                        switch (f) {
                          case "report-engine" -> "report-engine.media.v1 JSON";
                          case "webvtt" -> "WebVTT";
                          case "rev-nlp" -> "Rev NLP";
                          case "srt" -> "SRT";
                          case "speaker-blocks" -> "speaker blocks";
                          case "speaker-lines" -> "speaker lines";
                          case "deepgram" -> "Deepgram JSON";
                          case "assemblyai" -> "AssemblyAI JSON";
                          case "aws-transcribe" -> "AWS Transcribe JSON";
                          case "rev" -> "Rev JSON";
                          case "qmsum" -> "QMSum JSON";
                          case "whisper" -> "Whisper/WhisperX JSON";
                          case "markdown" -> "Markdown transcript";
                          default -> "an unlisted format " + f;
                        })
                .toArray(String[]::new));
  }

  @Test
  void refusesA200MegabyteFileBeforeReadingItWhenOverTheLimit() throws IOException {
    Path path = dir.resolve("huge.vtt");
    byte[] cue =
        "00:00:01.000 --> 00:00:02.000\nAnn: the same words again and again\n\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 20];
    for (int i = 0; i < block.length; i++) {
      block[i] = cue[i % cue.length];
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write("WEBVTT\n\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 200; i++) {
        out.write(block);
      }
    }

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessage(
            "huge.vtt: the file is "
                + Files.size(path)
                + " bytes, more than the limit of 67108864 bytes");
  }

  @Test
  void honoursAConfiguredLimitWhenSmaller() throws IOException {
    Path path = write("call.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nAnn: hi\n");

    assertThatThrownBy(() -> MediaSources.read(path, 10))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessage("call.vtt: the file is 40 bytes, more than the limit of 10 bytes");
  }

  @Test
  void refusesDeeplyNestedJsonWithoutOverflowingTheStack() throws IOException {
    Path path =
        write("deep.json", "{\"results\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}");

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith(
            "deep.json: not valid JSON: Document nesting depth (65) exceeds the maximum allowed"
                + " (64");
  }
}
