package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.media.TranscriptText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The quirks each importer handles, on small inputs written for the purpose. */
class ImportersTest {

  private final TranscriptFormats formats = TranscriptFormats.builtIn();

  private Media read(String text) {
    return formats.read("t", "t", text);
  }

  private static String describe(Media media) {
    return media.utterances().stream()
        .map(u -> u.entityId() + " " + u.startSeconds() + "-" + u.endSeconds() + " " + u.text())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readsZoomPrefixesAndKeepsUnprefixedCuesUnknownWhenNamesAreUnusual() {
    Media media =
        read(
            "WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\nAshlee Kupor (SL): Let's go\r\n\r\n"
                + "2\r\n00:00:02.000 --> 00:00:03.000\r\nSaurabh Swaroop’s iPad: yes\r\n\r\n"
                + "3\r\n00:00:03.000 --> 00:00:04.000\r\nand more\r\n\r\n"
                + "4\r\n00:00:04.000 --> 00:00:05.000\r\nOSARODION OHENZUWA: ok [laughter]\r\n");

    assertThat(describe(media))
        .isEqualTo(
            "ashlee-kupor-sl 1.0-2.0 Let's go\nsaurabh-swaroop-s-ipad 2.0-3.0 yes\n"
                + "unknown 3.0-4.0 and more\nosarodion-ohenzuwa 4.0-5.0 ok");
    assertThat(media.entity("ashlee-kupor-sl"))
        .contains(
            new Entity("ashlee-kupor-sl", Optional.of("Ashlee Kupor (SL)"), Map.of("note", "SL")));
    assertThat(media.sourceFormat()).contains("webvtt");
  }

  @Test
  void keepsSrtCueWithBlankLinesWhole() {
    Media media =
        read(
            "1\n18:16:56,181 --> 18:17:03,435\nGuest: web3\n\n"
                + "2\n18:17:03,435 --> 18:17:10,689\nHost: First part.\n\nSecond part.\n\n"
                + "3\n18:17:10,689 --> 18:17:11,000\nGuest: ok\n");

    assertThat(describe(media))
        .isEqualTo(
            "guest 0.0-7.254 web3\nhost 7.254-14.508 First part. Second part.\n"
                + "guest 14.508-14.819 ok");
  }

  @Test
  void groupsDiarizedDeepgramWordsIntoTurnsWhenThereAreNoUtterances() {
    Media media =
        read(
            """
            {"metadata": {"duration": 3.0}, "results": {"channels": [{"detected_language": "en",
             "alternatives": [{"words": [
              {"word": "hi", "punctuated_word": "Hi,", "start": 0.1, "end": 0.4, "speaker": 0},
              {"word": "there", "start": 0.4, "end": 0.8, "speaker": 0, "confidence": 0.9},
              {"word": "hello", "start": 1.0, "end": 1.5, "speaker": 1}]}]}]}}
            """);

    assertThat(describe(media)).isEqualTo("speaker-0 0.1-0.8 Hi, there\nspeaker-1 1.0-1.5 hello");
    assertThat(media.entities())
        .extracting(Entity::label)
        .containsExactly(Optional.of("Speaker 0"), Optional.of("Speaker 1"));
    assertThat(media.utterances().get(0).words()).hasSize(2);
    assertThat(media.language()).contains("en");
    assertThat(media.durationSeconds()).isEqualTo(3.0);
  }

  @Test
  void readsAssemblyAiMilliseconds() {
    Media media =
        read(
            """
            {"audio_duration": 2, "language_code": "en_us", "utterances": [
              {"speaker": "A", "start": 170, "end": 1250, "text": "Yeah.",
               "words": [{"text": "Yeah.", "start": 170, "end": 1250, "confidence": 0.99}]}]}
            """);

    assertThat(describe(media)).isEqualTo("speaker-a 0.17-1.25 Yeah.");
    assertThat(media.language()).contains("en-us");
  }

  @Test
  void leavesOutALanguageTagOfTensOfThousandsOfSubtags() {
    // "(-[A-Za-z0-9]{1,8})*" went one stack frame deeper per subtag and overflowed.
    Media media =
        read(
            "{\"audio_duration\": 2, \"language_code\": \"en"
                + "-us".repeat(30_000)
                + "!\", \"utterances\": [{\"speaker\": \"A\", \"start\": 170, \"end\": 1250,"
                + " \"text\": \"Yeah.\"}]}");

    assertThat(describe(media)).isEqualTo("speaker-a 0.17-1.25 Yeah.");
    assertThat(media.language()).isEmpty();
  }

  @Test
  void attachesAwsPunctuationToTheWordBeforeAndReadsNumbersFromStrings() {
    Media media =
        read(
            """
            {"results": {"transcripts": [{"transcript": "Hi. Yes"}],
              "speaker_labels": {"speakers": 2, "segments": [
                {"start_time": "0.000", "end_time": "1.0", "speaker_label": "spk_0", "items": []},
                {"start_time": "1.0", "end_time": "2.5", "speaker_label": "spk_1", "items": []}]},
              "items": [
                {"type": "pronunciation", "start_time": "0.1", "end_time": "0.5", "alternatives": [{"confidence": "0.9", "content": "Hi"}]},
                {"type": "punctuation", "alternatives": [{"content": "."}]},
                {"type": "pronunciation", "start_time": "1.2", "end_time": "1.6", "alternatives": [{"confidence": "1.0", "content": "Yes"}]}]}}
            """);

    assertThat(describe(media)).isEqualTo("speaker-0 0.0-1.0 Hi.\nspeaker-1 1.0-2.5 Yes");
    assertThat(media.utterances().get(0).words().get(0).confidence()).hasValue(0.9);
  }

  @Test
  void makesRevNoteARoleAndEstimatesSpansWithoutTimes() {
    Media media =
        read(
            """
            {"speakers": [{"id": 0, "name": "Speaker 1", "note": "interviewer"}, {"id": 1, "name": "Speaker 2", "note": ""}],
             "monologues": [
              {"speaker": 0, "spans": [{"value": "So", "ts": 1.0, "endTs": 1.2}, {"value": " "},
                 {"value": "tell", "ts": 1.2, "endTs": 1.5}, {"value": "."}]},
              {"speaker": 1, "spans": [{"value": "Born here"}]}]}
            """);

    assertThat(describe(media))
        .isEqualTo("speaker-1 1.0-1.5 So tell.\nspeaker-2 1.5-2.3 Born here");
    assertThat(media.entity("speaker-1").orElseThrow().attributes())
        .containsEntry("role", "interviewer");
    assertThat(media.timingsEstimated()).isTrue();
  }

  @Test
  void estimatesRevNlpTokensTheAlignerDropped() {
    Media media =
        read(
            "token|speaker|ts|endTs|punctuation|prepunctuation|case\r\n"
                + "Good|0|||||UC\r\nday|0|||,||LC\r\nall|0|2.0|2.5|.||LC\r\nThanks|1|3.0|3.4|.||UC\r\n");

    assertThat(describe(media))
        .isEqualTo("speaker-0 0.0-2.5 Good day, all.\nspeaker-1 3.0-3.4 Thanks.");
    assertThat(media.timingsEstimated()).isTrue();
  }

  @Test
  void treatsUnknownWhisperSpeakersAsUnknown() {
    Media media =
        read(
            """
            {"language": "en", "segments": [{"start": 0, "end": 2, "text": " Thank you.", "speaker": "Unknown"},
              {"start": 2, "end": 3, "text": " Yes.", "speaker": "SPEAKER_00"}]}
            """);

    assertThat(describe(media)).isEqualTo("unknown 0.0-2.0 Thank you.\nspeaker-00 2.0-3.0 Yes.");
    assertThat(media.entity("unknown").orElseThrow().label()).isEmpty();
  }

  @Test
  void estimatesQmsumTimesAndKeepsRolesWithoutMarkup() {
    Media media =
        read(
            """
            {"meeting_transcripts": [
              {"speaker": "Professor D", "content": "That 's {disfmarker} fine , OK ."},
              {"speaker": "Grad B", "content": "{vocalsound}"},
              {"speaker": "Project Manager", "content": "We do n't know ."}]}
            """);

    assertThat(describe(media))
        .isEqualTo("professor-d 0.0-1.2 That's fine, OK.\nproject-manager 1.2-2.4 We don't know.");
    assertThat(media.entities())
        .extracting(e -> e.attributes().get("role"))
        .containsExactly("Professor", "Grad", "Project Manager");
    assertThat(media.timingsEstimated()).isTrue();
  }

  @Test
  void joinsQmsumCliticsInLinearTimeAfterALongRunOfSpaces() {
    String spaces = " ".repeat(200_000);
    long start = System.nanoTime();
    Media media =
        read(
            "{\"meeting_transcripts\": [{\"speaker\": \"A\", \"content\": \"x"
                + spaces
                + "y  's and do   n't\"}]}");
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(describe(media)).endsWith("y's and don't");
    assertThat(tookMillis).as("milliseconds to read").isLessThan(2_000);
  }

  @Test
  void endsStartOnlyTurnsByWordCountButNotPastTheNextStart() {
    Media media =
        read(
            "0:00:00\tSPEAKER_05\n one two three four five\n\n0:00:01\tNone\n No.\n\n0:00:10\tSPEAKER_01\n Yes\n");

    assertThat(describe(media))
        .isEqualTo(
            "speaker-05 0.0-1.0 one two three four five\nunknown 1.0-1.4 No.\nspeaker-01 10.0-10.4 Yes");
    assertThat(media.timingsEstimated()).isTrue();
  }

  @Test
  void readsSpeakerBlocksWithTheirTimes() {
    Media media =
        read(
            "[0:00:00.00 - 0:00:30.06] SPEAKER_00\n大学総理大臣\n\n[0:00:30.76 - 0:00:45.00] SPEAKER_01\n小池晃君。\n");

    assertThat(describe(media))
        .isEqualTo("speaker-00 0.0-30.06 大学総理大臣\nspeaker-01 30.76-45.0 小池晃君。");
    assertThat(media.timingsEstimated()).isFalse();
  }

  @Test
  void anchorsMarkdownTurnsAtTheirTimeMarkers() {
    Media media =
        read(
            "**Jerod Santo:** one two three \\[laughter\\]\n\n"
                + "**Break:** \\[00:10\\]\n\n"
                + "**Amal Hussein:** four five\n\n"
                + "\\[00:20.50\\] six\n");

    assertThat(describe(media))
        .isEqualTo("jerod-santo 0.0-1.2 one two three\namal-hussein 10.0-20.9 four five six");
    assertThat(media.entities())
        .extracting(Entity::id)
        .containsExactly("jerod-santo", "break", "amal-hussein");
  }

  @Test
  void detectsEveryFormatByContentWhateverTheFileIsCalled() {
    assertThat(
            List.of(
                    "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n",
                    "1\n00:00:01,000 --> 00:00:02,000\nhi\n",
                    "token|speaker|ts|endTs|punctuation|prepunctuation\nhi|0|1|2||\n",
                    "[0:00:01.00 - 0:00:02.00] A\nhi\n",
                    "0:00:01\tA\nhi\n",
                    "{\"results\": {\"channels\": [{\"alternatives\": [{\"words\": []}]}]}}",
                    "{\"audio_duration\": 1, \"words\": []}",
                    "{\"results\": {\"items\": [], \"transcripts\": []}}",
                    "{\"monologues\": []}",
                    "{\"meeting_transcripts\": []}",
                    "[{\"start\": 0, \"end\": 1, \"text\": \"hi\"}]",
                    "**Ann:** hi\n")
                .stream()
                .map(t -> formats.detect(TranscriptText.of("t", t)).name()))
        .containsExactly(
            "webvtt",
            "srt",
            "rev-nlp",
            "speaker-blocks",
            "speaker-lines",
            "deepgram",
            "assemblyai",
            "aws-transcribe",
            "rev",
            "qmsum",
            "whisper",
            "markdown");
  }

  @Test
  void sortsNothingAwayWhenUtterancesOverlap() {
    Media media =
        read(
            "WEBVTT\n\n0:0:4.430 --> 0:0:22.400\n<v A>long\n\n0:0:4.870 --> 0:0:5.970\n<v B>short\n");

    assertThat(media.utterances()).extracting(Utterance::entityId).containsExactly("a", "b");
  }
}
