package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reportengine.api.media.Entity;
import dev.reportengine.api.media.Media;
import dev.reportengine.api.media.Utterance;
import dev.reportengine.media.testing.RepoFiles;
import dev.reportengine.media.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file of {@code ../shared/data/transcripts} imports, with the speaker count and duration its
 * MANIFEST.md states (table: {@code shared-transcripts.tsv}); for the formats that give every
 * utterance's times, each speaker's talk time is recomputed here straight from the file.
 *
 * <p>The default build runs this on the files copied into {@code testdata/transcripts} and on the
 * stand-ins we wrote for the others ({@code testdata/stand-ins}, table: {@code
 * stand-in-transcripts.tsv}, values measured from the files as written): a missing file fails.
 * {@link Corpus}, run with {@code -Pshared-corpus} (as {@code .ci/run} does), reads the files we
 * may not copy from {@code ../shared} and fails when it is absent.
 */
class SharedTranscriptsTest {

  private static final String UNKNOWN = "(unknown)";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Where a row's file is. */
  enum Where {
    COPY,
    STAND_IN,
    SHARED;

    Path path(String file) {
      return switch (this) {
        case COPY -> RepoFiles.transcript(file);
        case STAND_IN -> RepoFiles.standIn(file);
        case SHARED -> RepoFiles.sharedTranscript(file);
      };
    }
  }

  record Expected(
      String file,
      Where where,
      String format,
      int namedSpeakers,
      boolean unknownSpeaker,
      Optional<Double> duration,
      double tolerance,
      boolean estimated,
      Optional<String> language) {

    Path path() {
      return where.path(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** The rows of the manifest table, each where it is read from (copy or shared). */
  static List<Expected> manifest() throws IOException {
    return table(
        "shared-transcripts.tsv",
        f -> RepoFiles.IN_REPO_TRANSCRIPTS.contains(f) ? Where.COPY : Where.SHARED);
  }

  static List<Expected> table(String resource, Function<String, Where> where) throws IOException {
    try (InputStream in = SharedTranscriptsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(
              c ->
                  new Expected(
                      c[0],
                      where.apply(c[0]),
                      c[1],
                      Integer.parseInt(c[2]),
                      c[3].equals("yes"),
                      c[4].equals("-") ? Optional.empty() : Optional.of(Double.valueOf(c[4])),
                      c[5].equals("-") ? 0 : Double.parseDouble(c[5]),
                      c[6].equals("yes"),
                      c[7].equals("-") ? Optional.empty() : Optional.of(c[7])))
          .toList();
    }
  }

  /** The copies in {@code testdata/transcripts} and the stand-ins: every one on every machine. */
  static List<Expected> inRepo() throws IOException {
    List<Expected> rows = new ArrayList<>();
    manifest().stream().filter(e -> e.where() == Where.COPY).forEach(rows::add);
    rows.addAll(table("stand-in-transcripts.tsv", f -> Where.STAND_IN));
    return rows;
  }

  /** The timed files of {@link #inRepo()}: those whose format gives every utterance's times. */
  static Stream<Expected> timedInRepo() throws IOException {
    return inRepo().stream().filter(e -> TIMED.contains(e.file()));
  }

  @Test
  void hasAStandInForEveryTimedFormatOfTheManifest() throws IOException {
    assertThat(inRepo().stream().map(Expected::format).distinct())
        .containsAll(
            manifest().stream()
                .filter(e -> TIMED.contains(e.file()))
                .map(Expected::format)
                .distinct()
                .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inRepo")
  void importsWithManifestSpeakersAndDurationWhenReadFromTheCorpus(Expected expected) {
    importsAsExpected(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inRepo")
  void keepsNoMarkupWhenTheFileHasSome(Expected expected) {
    keepsNoMarkup(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timedInRepo")
  void givesEachSpeakerTheTalkTimeOfTheirUtterancesAsTheFileGivesThem(Expected expected)
      throws IOException {
    talkTimeAsInTheFile(expected.path());
  }

  /** The files of {@code ../shared} we may not copy; {@code -Pshared-corpus} runs these. */
  @Nested
  @SharedCorpus
  class Corpus {

    static List<Expected> notCopied() throws IOException {
      return manifest().stream().filter(e -> e.where() == Where.SHARED).toList();
    }

    static Stream<Expected> timedNotCopied() throws IOException {
      return notCopied().stream().filter(e -> TIMED.contains(e.file()));
    }

    @Test
    void coversEveryFileInTheCorpus() throws IOException {
      Path dir = RepoFiles.sharedTranscript("MANIFEST.md").getParent();
      List<String> files;
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("MANIFEST.md"))
                .sorted()
                .toList();
      }
      assertThat(manifest().stream().map(Expected::file).sorted().toList()).isEqualTo(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCopied")
    void importsWithManifestSpeakersAndDuration(Expected expected) {
      importsAsExpected(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCopied")
    void keepsNoMarkupWhenTheFileHasSome(Expected expected) {
      keepsNoMarkup(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timedNotCopied")
    void givesEachSpeakerTheTalkTimeOfTheirUtterancesAsTheFileGivesThem(Expected expected)
        throws IOException {
      talkTimeAsInTheFile(expected.path());
    }
  }

  private static void importsAsExpected(Expected expected) {
    Media media = MediaSources.read(expected.path());

    assertThat(media.sourceFormat()).contains(expected.format());
    assertThat(media.entities().stream().filter(e -> e.label().isPresent()).count())
        .as("named speakers")
        .isEqualTo(expected.namedSpeakers());
    assertThat(media.entity("unknown").isPresent())
        .as("unknown speaker")
        .isEqualTo(expected.unknownSpeaker());
    expected
        .duration()
        .ifPresent(
            d -> assertThat(media.durationSeconds()).isCloseTo(d, within(expected.tolerance())));
    assertThat(media.timingsEstimated()).as("timings estimated").isEqualTo(expected.estimated());
    assertThat(media.language()).isEqualTo(expected.language());
    assertThat(media.utterances()).isNotEmpty().allSatisfy(u -> assertThat(u.text()).isNotBlank());
  }

  private static void keepsNoMarkup(Expected expected) {
    Media media = MediaSources.read(expected.path());

    assertThat(media.utterances())
        .extracting(Utterance::text)
        .noneMatch(
            t ->
                t.matches(
                    "(?s).*(\\{disfmarker}|\\{vocalsound}|\\[laughter]|\\\\\\[|</?[vc][ >.]).*"));
  }

  /** The files whose format gives every utterance's times, shared and stand-ins. */
  private static final Set<String> TIMED =
      Set.of(
          "deepgram_nova3_customer_call_plan_cancellation_2spk_8min_en.json",
          "deepgram_nova2_nasa_spacewalk_broadcast_3spk_utterances_3min_en.json",
          "deepgram_diarize_collapsed_1spk_bank_product_inquiry_call_4min_en.json",
          "assemblyai_speaker_labels_utterances_nasa_clip_1spk_en.json",
          "aws_transcribe_speaker_labels_customer_service_call_3spk_1min_en.json",
          "aws_transcribe_speaker_labels_evaluation_interview_2spk_42min_en.json",
          "whisper_diarized_segments_business_consulting_meeting_named_and_unknown_48min_en-IN.json",
          "webvtt_teams_stream_voicetags_guid_5spk_26min_en.vtt",
          "webvtt_zoom_university_seminar_20spk_2h13m_en.vtt",
          "webvtt_zoom_research_project_meeting_2spk_unlabeled_cues_34min_en.vtt",
          "srt_whisper_russian_internal_pitch_meeting_no_speakers_37min_ru.srt",
          "whisper_pyannote_japanese_diet_qa_2spk_45s_ja.txt",
          "webvtt_teams_style_guid_voices_status_meeting_5spk_en.vtt",
          "webvtt_voicetags_named_toaster_complaint_5spk_en.vtt",
          "aws_transcribe_speaker_labels_job_interview_2spk_4min_en.json",
          "srt_no_speakers_internal_planning_meeting_ru.srt",
          "whisper_diarized_segments_named_and_unknown_agency_meeting_2min_en.json");

  private static void talkTimeAsInTheFile(Path path) throws IOException {
    Map<String, Double> expected = talkTimeFromFile(path);

    Map<String, Double> actual = talkTimeByLabel(MediaSources.read(path));

    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (speaker, seconds) ->
            assertThat(actual.get(speaker)).as(speaker).isCloseTo(seconds, within(1e-6)));
  }

  private static Map<String, Double> talkTimeByLabel(Media media) {
    Map<String, Double> talk = new TreeMap<>();
    for (Utterance u : media.utterances()) {
      String label = media.entity(u.entityId()).flatMap(Entity::label).orElse(UNKNOWN);
      talk.merge(label, u.durationSeconds(), Double::sum);
    }
    return talk;
  }

  /** Talk time per speaker label, computed from the file with Jackson or regular expressions. */
  private static Map<String, Double> talkTimeFromFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = Files.readString(file);
    Map<String, Double> talk = new TreeMap<>();
    if (name.startsWith("deepgram")) {
      for (JsonNode u : JSON.readTree(text).path("results").path("utterances")) {
        add(
            talk,
            "Speaker " + u.get("speaker").asInt(),
            u.get("start").asDouble(),
            u.get("end").asDouble());
      }
    } else if (name.startsWith("assemblyai")) {
      for (JsonNode u : JSON.readTree(text).path("utterances")) {
        add(
            talk,
            "Speaker " + u.get("speaker").asString(),
            u.get("start").asLong() / 1000.0,
            u.get("end").asLong() / 1000.0);
      }
    } else if (name.startsWith("aws")) {
      for (JsonNode s :
          JSON.readTree(text).path("results").path("speaker_labels").path("segments")) {
        if (s.path("items").isEmpty()) {
          continue; // a segment without words is no speech; the importer drops it too
        }
        add(
            talk,
            "Speaker " + s.get("speaker_label").asString().substring(4),
            Double.parseDouble(s.get("start_time").asString()),
            Double.parseDouble(s.get("end_time").asString()));
      }
    } else if (name.startsWith("whisper_diarized")) {
      for (JsonNode s : JSON.readTree(text)) {
        String speaker = s.get("speaker").asString();
        add(
            talk,
            speaker.equals("Unknown") ? UNKNOWN : speaker,
            s.get("start").asDouble(),
            s.get("end").asDouble());
      }
    } else if (name.endsWith(".vtt") || name.endsWith(".srt")) {
      cues(text, talk);
    } else {
      Matcher m =
          Pattern.compile("(?m)^\\[(\\d+):(\\d+):([\\d.]+) - (\\d+):(\\d+):([\\d.]+)\\] (\\S+)$")
              .matcher(text);
      while (m.find()) {
        add(
            talk,
            m.group(7),
            seconds(m.group(1), m.group(2), m.group(3)),
            seconds(m.group(4), m.group(5), m.group(6)));
      }
    }
    return talk;
  }

  /** One speaker per cue: its voice tag, else its {@code Name:} prefix, else unknown. */
  private static void cues(String text, Map<String, Double> talk) {
    boolean voiceTags = text.contains("<v ");
    Matcher m =
        Pattern.compile(
                "(?m)^(\\d+):(\\d+):(\\d+)[.,](\\d+) --> (\\d+):(\\d+):(\\d+)[.,](\\d+)\\r?\\n(.*)$")
            .matcher(text);
    while (m.find()) {
      double start = seconds(m.group(1), m.group(2), m.group(3)) + millis(m.group(4));
      double end = seconds(m.group(5), m.group(6), m.group(7)) + millis(m.group(8));
      String line = m.group(9);
      Matcher voice = Pattern.compile("<v ([^>]+)>").matcher(line);
      Matcher prefix = Pattern.compile("^([^:]{1,40}): ").matcher(line);
      String speaker =
          voiceTags
              ? (voice.find() ? voice.group(1) : UNKNOWN)
              : (prefix.find() ? prefix.group(1) : UNKNOWN);
      add(talk, speaker, start, end);
    }
  }

  private static double seconds(String h, String m, String s) {
    return Integer.parseInt(h) * 3600 + Integer.parseInt(m) * 60 + Double.parseDouble(s);
  }

  /** Milliseconds as written; unpadded Teams values such as {@code 90} mean 0.090 s. */
  private static double millis(String digits) {
    return Integer.parseInt(digits) / 1000.0;
  }

  private static void add(Map<String, Double> talk, String speaker, double start, double end) {
    talk.merge(speaker, end - start, Double::sum);
  }
}
