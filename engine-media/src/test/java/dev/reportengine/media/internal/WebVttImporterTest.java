package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebVttImporterTest {

  private final WebVttImporter importer = new WebVttImporter();

  private Media read(String vtt) {
    return importer.read("t", "t.vtt", vtt);
  }

  /** One line per utterance: {@code entity start-end text}. */
  private static String describe(Media media) {
    return media.utterances().stream()
        .map(u -> u.entityId() + " " + u.startSeconds() + "-" + u.endSeconds() + " " + u.text())
        .collect(Collectors.joining("\n"));
  }

  static Stream<Arguments> quirks() {
    return Stream.of(
        arguments(
            "header text",
            "WEBVTT - Team call https://example.com\n\n00:01.000 --> 00:02.000\n<v Ann>Hi</v>\n",
            "ann 1.0-2.0 Hi"),
        arguments("BOM", "\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi\n", "ann 1.0-2.0 Hi"),
        arguments(
            "CRLF",
            "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Ann>Hi\r\nthere\r\n",
            "ann 1.0-2.0 Hi there"),
        arguments(
            "header metadata lines",
            "WEBVTT\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\n<v Ann>Hi\n",
            "ann 1.0-2.0 Hi"),
        arguments(
            "NOTE, STYLE and REGION blocks",
            "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:left\n\nNOTE a remark\n"
                + "about --> arrows\n\n00:01.000 --> 00:02.000\n<v Ann>Hi\n\nNOTE\nend\n",
            "ann 1.0-2.0 Hi"),
        arguments(
            "cue identifiers",
            "WEBVTT\n\nintro-1\n00:01.000 --> 00:02.000\n<v Ann>Hi\n\n2\n"
                + "00:02.000 --> 00:03.000\n<v Bo>Yo\n",
            "ann 1.0-2.0 Hi\nbo 2.0-3.0 Yo"),
        arguments(
            "cue settings",
            "WEBVTT\n\n00:01.000 --> 00:02.000 align:start position:10% line:0\n<v Ann>Hi\n",
            "ann 1.0-2.0 Hi"),
        arguments(
            "multi-line text",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello\n  there,\nfriend</v>\n",
            "ann 1.0-2.0 Hello there, friend"),
        arguments(
            "hours and minutes-only timestamps",
            "WEBVTT\n\n01:02:03.450 --> 01:02:04.000\n<v Ann>Hi\n\n"
                + "59:59.999 --> 60:00:00.000\n<v Ann>Late\n",
            "ann 3599.999-216000.0 Late\nann 3723.45-3724.0 Hi"),
        arguments(
            "unpadded Teams timestamps",
            "WEBVTT\n\n0:0:0.0 --> 0:0:3.330\n<v Ann>Hi\n\n0:1:5.5 --> 1:0:0.25\n<v Ann>Yo\n",
            "ann 0.0-3.33 Hi\nann 65.005-3600.025 Yo"),
        arguments(
            "unpadded Teams milliseconds",
            "WEBVTT\n\n0:7:27.90 --> 0:7:27.780\n<v Ann>Jeffrey.\n",
            "ann 447.09-447.78 Jeffrey."),
        arguments(
            "voice span without closing tag and with classes",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud.first Ann Lee>Hi!\n",
            "ann-lee 1.0-2.0 Hi!"),
        arguments(
            "other tags stripped",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann><c.yellow>So</c> <i>very</i> <b>bold</b>"
                + " <u>and</u> <lang fr>très</lang> <00:00:01.500>late <ruby>x<rt>y</rt></ruby>\n",
            "ann 1.0-2.0 So very bold and très late xy"),
        arguments(
            "entities decoded",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>R&amp;D &lt;v Bo&gt; a&nbsp;b &lrm;x&rlm; &#65;&#x42;"
                + " &unknown; 3 < 4\n",
            "ann 1.0-2.0 R&D <v Bo> a b \u200Ex\u200F AB &unknown; 3 < 4"),
        arguments(
            "cue without voice belongs to unknown",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n[music]\n\n00:02.000 --> 00:03.000\nJane: hello\n",
            "jane 2.0-3.0 hello"),
        arguments(
            "several voice spans split by word count",
            "WEBVTT\n\n00:10.000 --> 00:14.000\n<v Ann>One two three</v> <v Bo>four</v>\n",
            "ann 10.0-13.0 One two three\nbo 13.0-14.0 four"),
        arguments(
            "text outside spans in a cue with spans",
            "WEBVTT\n\n00:00.000 --> 00:03.000\n- <v Ann>Hi</v> (laughs) <v Ann>again\n",
            "unknown 0.0-0.75 -\nann 0.75-1.5 Hi\nann 2.25-3.0 again"),
        arguments(
            "cue without text gives no utterance",
            "WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\n<v Ann>  <i></i>\n",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quirks")
  void readsCueWhenFileHasQuirk(String quirk, String vtt, String expected) {
    assertThat(describe(read(vtt))).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments(
            "NOPE\n\n00:01.000 --> 00:02.000\nhi\n",
            "t.vtt: line 1: expected the header WEBVTT, found \"NOPE\""),
        arguments("WEBVTTX\n", "t.vtt: line 1: expected the header WEBVTT"),
        arguments(
            "WEBVTT\n\n00:01.0x0 --> 00:02.000\nhi\n",
            "t.vtt: line 3: expected a timestamp like 00:01:02.500 or 01:02.500, found \"00:01.0x0\""),
        arguments("WEBVTT\n\n00:61.000 --> 01:02.000\nhi\n", "t.vtt: line 3: expected a timestamp"),
        arguments("WEBVTT\n\n00:01.000 --> \nhi\n", "t.vtt: line 3: expected a timestamp"),
        arguments(
            "WEBVTT\n\n00:05.000 --> 00:02.000\nhi\n",
            "t.vtt: line 3: the cue ends at 00:00:02.000, before it starts at 00:00:05.000"),
        arguments(
            "WEBVTT\n\nid\n-00:01.000 --> 00:02.000\nhi\n",
            "t.vtt: line 4: negative time -00:01.000"),
        arguments(
            "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\njust text\nmore text\n",
            "t.vtt: line 7: expected a cue timing line like 00:00:01.000 --> 00:00:04.000,"
                + " found \"more text\""),
        arguments("WEBVTT\n\nlonely-id\n", "t.vtt: line 3: expected a cue timing line"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void namesFileAndLineWhenInputIsBad(String vtt, String message) {
    assertThatThrownBy(() -> read(vtt))
        .isExactlyInstanceOf(MediaUnreadableException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void givesEntitiesStableIdsInOrderOfFirstAppearance() {
    Media media =
        read(
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v José Álvarez>Hola\n\n"
                + "00:02.000 --> 00:03.000\nuntagged\n\n"
                + "00:03.000 --> 00:04.000\n<v 李雷>你好\n\n"
                + "00:04.000 --> 00:05.000\n<v josé álvarez>again\n\n"
                + "00:05.000 --> 00:06.000\n<v Unknown!>me\n\n"
                + "00:06.000 --> 00:07.000\n<v Speaker 2>taken\n\n"
                + "00:07.000 --> 00:08.000\n<v José Álvarez>back\n");

    assertThat(media.entities())
        .containsExactly(
            Entity.of("jose-alvarez", "José Álvarez"),
            new Entity("unknown", Optional.empty(), Map.of()),
            Entity.of("speaker-2", "李雷"),
            Entity.of("speaker-3", "josé álvarez"),
            Entity.of("speaker-4", "Unknown!"),
            Entity.of("speaker-5", "Speaker 2"));
    assertThat(media.utterances().get(6).entityId()).isEqualTo("jose-alvarez");
  }

  @Test
  void lastsUntilLatestCueEndWhenCuesOverlap() {
    Media media =
        read(
            "WEBVTT\n\n00:01.000 --> 00:09.000\n<v Ann>long\n\n"
                + "00:02.000 --> 00:03.000\n<v Bo>short\n\n00:09.500 --> 00:10.000\n\n");

    assertThat(media.durationSeconds()).isEqualTo(10.0);
  }

  @Test
  void recognizesOnlyTextStartingWithHeader() {
    assertThat(importer.recognizes("WEBVTT\n")).isTrue();
    assertThat(importer.recognizes("\uFEFFWEBVTT - title\r\n")).isTrue();
    assertThat(importer.recognizes("WEBVTT")).isTrue();
    assertThat(importer.recognizes("WEBVTTX\n")).isFalse();
    assertThat(importer.recognizes(" WEBVTT\n")).isFalse();
    assertThat(importer.recognizes("1\n00:00:01,000 --> 00:00:02,000\n")).isFalse();
  }

  @Test
  void readsNamedVoicesAndUntaggedCuesWhenFileIsAHandWrittenScene() throws IOException {
    Media media = readStandIn("webvtt_voicetags_named_toaster_complaint_5spk_en.vtt");

    assertThat(media.entities())
        .extracting(Entity::id)
        .containsExactly(
            "unknown", "mrs-dunmore", "shopkeeper", "delivery-boy", "inspector", "narrator");
    assertThat(media.entities().get(0).label()).isEmpty();
    assertThat(media.entities().get(1).label()).contains("Mrs Dunmore");
    assertThat(media.utterances()).hasSize(40);
    assertThat(media.utterances().get(0).text()).startsWith("[SCENE] A small electrical shop.");
    assertThat(media.utterances().get(1).text())
        .isEqualTo("Good morning. I would like to make a complaint about this toaster.");
    assertThat(media.durationSeconds()).isEqualTo(166.0);
  }

  @Test
  void readsGuidVoicesWhenFileIsTeamsExport() throws IOException {
    Media media = readStandIn(TEAMS);

    assertThat(media.entities()).hasSize(5);
    assertThat(media.entities().get(0))
        .isEqualTo(
            Entity.of(
                "a23845da-2d71-48f1-b1e9-1cf2279b027f-5e1c7a30-2b9d-4f6e-8a41-9c0d3b7e2f15",
                "a23845da-2d71-48f1-b1e9-1cf2279b027f@5e1c7a30-2b9d-4f6e-8a41-9c0d3b7e2f15"));
    assertThat(media.utterances()).hasSize(46);
    // Unpadded fractions are milliseconds: "0:0:48.46" starts at 48.046 s.
    assertThat(media.utterances()).anySatisfy(u -> assertThat(u.startSeconds()).isEqualTo(48.046));
    assertThat(media.durationSeconds()).isCloseTo(4 * 60 + 47.527, within(1e-9));
  }

  @Test
  void talkTimeEqualsSumOfCueDurationsWhenFileIsTeamsExport() throws IOException {
    Path file = RepoFiles.standIn(TEAMS);
    Media media = readStandIn(TEAMS);
    assertThat(Files.readString(file)).contains("\r\n").doesNotContain("00:00:");

    Map<String, Double> expected = cueSecondsByVoice(Files.readString(file));
    Map<String, Double> actual = new HashMap<>();
    for (Utterance u : media.utterances()) {
      String label = media.entity(u.entityId()).orElseThrow().displayName();
      actual.merge(label, u.durationSeconds(), Double::sum);
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (voice, seconds) -> assertThat(actual.get(voice)).isCloseTo(seconds, within(1e-6)));
  }

  /** A Teams-style export we wrote: GUID voices, unpadded times, CRLF, overlapping cues. */
  private static final String TEAMS = "webvtt_teams_style_guid_voices_status_meeting_5spk_en.vtt";

  /**
   * An independent reading of single-voice cues: timing line, then {@code <v name>}; fractions are
   * unpadded milliseconds.
   */
  private static Map<String, Double> cueSecondsByVoice(String vtt) {
    Pattern cue =
        Pattern.compile(
            "(\\d+):(\\d+):(\\d+)\\.(\\d+) --> (\\d+):(\\d+):(\\d+)\\.(\\d+)\\r?\\n<v ([^>]+)>");
    Matcher m = cue.matcher(vtt);
    Map<String, Double> seconds = new HashMap<>();
    while (m.find()) {
      double start = seconds(m.group(1), m.group(2), m.group(3), m.group(4));
      double end = seconds(m.group(5), m.group(6), m.group(7), m.group(8));
      seconds.merge(m.group(9), end - start, Double::sum);
    }
    return seconds;
  }

  private static double seconds(String h, String m, String s, String fraction) {
    return Integer.parseInt(h) * 3600
        + Integer.parseInt(m) * 60
        + Integer.parseInt(s)
        + Integer.parseInt(fraction) / 1000.0;
  }

  private Media readStandIn(String name) throws IOException {
    Path file = RepoFiles.standIn(name);
    return importer.read("m", name, Files.readString(file, StandardCharsets.UTF_8));
  }
}
