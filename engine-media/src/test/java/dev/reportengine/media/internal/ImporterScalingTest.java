package dev.reportengine.media.internal;

import dev.reportengine.media.TranscriptFormats;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in importer reads in about linear time, by the method of {@link Scaling}: generated
 * transcripts of 1x, 4x and 16x turns, and transcripts whose one long turn (cue, paragraph,
 * monologue) has 1x, 4x and 16x sentences.
 */
class ImporterScalingTest {

  /**
   * Turns at 1x per format: enough that a read takes about 5 ms on a quiet machine, and no more, so
   * that the whole class stays within seconds (JSON formats cost more per turn).
   */
  private static final Map<String, Integer> TURNS =
      Map.ofEntries(
          Map.entry("report-engine", 250),
          Map.entry("webvtt", 150),
          Map.entry("rev-nlp", 150),
          Map.entry("srt", 250),
          Map.entry("speaker-blocks", 300),
          Map.entry("speaker-lines", 300),
          Map.entry("deepgram", 80),
          Map.entry("assemblyai", 160),
          Map.entry("aws-transcribe", 100),
          Map.entry("rev", 160),
          Map.entry("qmsum", 250),
          Map.entry("whisper", 160),
          Map.entry("markdown", 300));

  /** Sentences (about 12 words each) of the one long turn at 1x per format: again about 5 ms. */
  private static final Map<String, Integer> SENTENCES =
      Map.ofEntries(
          Map.entry("report-engine", 100),
          Map.entry("webvtt", 400),
          Map.entry("rev-nlp", 80),
          Map.entry("srt", 700),
          Map.entry("speaker-blocks", 900),
          Map.entry("speaker-lines", 900),
          Map.entry("deepgram", 80),
          Map.entry("assemblyai", 200),
          Map.entry("aws-transcribe", 120),
          Map.entry("rev", 200),
          Map.entry("qmsum", 800),
          Map.entry("whisper", 300),
          Map.entry("markdown", 600));

  private static final TranscriptFormats FORMATS = TranscriptFormats.builtIn();

  static Stream<String> formats() {
    return GeneratedTranscripts.FORMATS.stream();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void readsTranscriptsOfManyTurnsInLinearTime(String format) {
    Scaling.assertNearLinear(
        format + ", turns",
        turns -> {
          String text = GeneratedTranscripts.of(format, turns);
          return () -> FORMATS.read("t", "t", text);
        },
        TURNS.get(format));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void readsOneVeryLongTurnInLinearTime(String format) {
    Scaling.assertNearLinear(
        format + ", one long turn",
        sentences -> {
          String text = GeneratedTranscripts.withLongTurn(format, sentences);
          return () -> FORMATS.read("t", "t", text);
        },
        SENTENCES.get(format));
  }

  /** Formats whose speakers carry attributes (a note, a role) that each turn restates. */
  static Stream<String> formatsWithSpeakerAttributes() {
    return Stream.of("webvtt", "srt", "markdown", "qmsum", "rev", "report-engine");
  }

  @ParameterizedTest
  @MethodSource("formatsWithSpeakerAttributes")
  void readsATranscriptWhereEveryTurnHasItsOwnSpeakerInLinearTime(String format) {
    Scaling.assertNearLinear(
        format + ", a speaker per turn",
        turns -> {
          String text = GeneratedTranscripts.withManySpeakers(format, turns);
          return () -> FORMATS.read("t", "t", text);
        },
        TURNS.get(format));
  }
}
