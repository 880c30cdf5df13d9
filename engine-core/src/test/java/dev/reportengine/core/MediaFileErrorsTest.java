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
          Deepgram speaker an array | call.json | {"metadata": {}, "results": {"channels": [], "utterances": [{"start": 1, "end": 2, "speaker": [], "transcript": "hi"}]}} | call.json: /results/utterances/0/speaker: expected a string or a number, found an array
          Deepgram word speaker an object | call.json | {"results": {"channels": [{"alternatives": [{"words": [{"word": "hi", "start": 0, "end": 1, "speaker": {}}]}]}]}} | call.json: /results/channels/0/alternatives/0/words/0/speaker: expected a string or a number, found an object
          Deepgram words an object | call.json | {"results": {"channels": [{"alternatives": [{"words": {"w": 1}}]}]}} | call.json: /results/channels/0/alternatives/0/words: expected an array, found an object
          Deepgram utterance a number | call.json | {"results": {"channels": [], "utterances": [3]}} | call.json: /results/utterances/0: expected an object, found the number 3
          AWS item type an object | call.json | {"results": {"transcripts": [], "items": [{"type": {}, "start_time": "0.1", "end_time": "1.0", "alternatives": [{"content": "hi"}]}]}} | call.json: /results/items/0/type: expected a string, found an object
          AWS labelled item type an array | call.json | {"results": {"transcripts": [], "speaker_labels": {"segments": [{"start_time": "0", "end_time": "2", "speaker_label": "spk_0"}]}, "items": [{"type": [], "start_time": "0.1", "end_time": "1.0", "alternatives": [{"content": "hi"}]}]}} | call.json: /results/items/0/type: expected a string, found an array
          AWS segments an object | call.json | {"results": {"transcripts": [], "items": [], "speaker_labels": {"segments": {"s": 1}}}} | call.json: /results/speaker_labels/segments: expected an array, found an object
          AssemblyAI words an object | call.json | {"audio_duration": 3, "utterances": [{"start": 0, "end": 10, "speaker": "A", "text": "hi", "words": {"w": 1}}]} | call.json: /utterances/0/words: expected an array, found an object
          Rev elements an object | call.json | {"monologues": [{"speaker": 0, "elements": {"e": 1}}]} | call.json: /monologues/0/elements: expected an array, found an object
          Whisper words an object | call.json | [{"start": 0, "end": 1, "text": "hi", "words": {"w": 1}}] | call.json: /0/words: expected an array, found an object
          time beyond the limit | call.json | {"metadata": {}, "results": {"channels": [], "utterances": [{"start": 1, "end": 1e300, "speaker": 0, "transcript": "hi"}]}} | call.json: /results/utterances/0/end: time 1.0E300 is beyond the largest accepted, 10000000 seconds
          duration beyond the limit | call.json | {"metadata": {"duration": 2e7}, "results": {"channels": [], "utterances": [{"start": 1, "end": 2, "speaker": 0, "transcript": "hi"}]}} | call.json: /metadata/duration: time 2.0E7 is beyond the largest accepted, 10000000 seconds
          milliseconds beyond the limit | call.json | {"audio_duration": 3, "utterances": [{"start": 0, "end": 1e300, "speaker": "A", "text": "hi"}]} | call.json: /utterances/0/end: time 1.0E300 ms is beyond the largest accepted, 10000000 seconds
          engine JSON time beyond the limit | call.json | {"format": "report-engine.media.v1", "entities": [{"id": "a"}], "utterances": [{"entity_id": "a", "start_seconds": 0, "end_seconds": 1e300, "text": "hi"}]} | call.json: /utterances/0/end_seconds: must be at most 10000000 seconds, found 1.0E300
          Rev NLP time beyond the limit | call.nlp | `token|speaker|ts|endTs|punctuation|prepunctuation|case\nhi|0|1.0|1e300|||LC\n` | call.nlp: line 2: endTs: time 1e300 must be finite, at least 0 and at most 10000000 seconds
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
        write(
            "deep.json",
            "{\n  \"results\":\n    " + "[".repeat(200_000) + "]".repeat(200_000) + "}");

    assertThatThrownBy(() -> MediaSources.read(path))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith(
            "deep.json: line 3, column 69: not valid JSON: Document nesting depth (65) exceeds the"
                + " maximum allowed (64");
  }
}
