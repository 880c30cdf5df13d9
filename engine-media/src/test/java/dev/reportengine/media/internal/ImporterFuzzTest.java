package dev.reportengine.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.media.TranscriptFormat;
import dev.reportengine.media.TranscriptFormats;
import dev.reportengine.media.TranscriptText;
import dev.reportengine.media.testing.RepoFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Fuzzing of the importers, every built-in format: the repository's transcripts (the bundled
 * examples and the evaluation calls), a generated transcript of 12 turns in each of the 13 formats
 * ({@link GeneratedTranscripts}), the real transcripts copied into {@code testdata/transcripts}
 * (Rev NLP, QMSum, speaker blocks, Markdown) and our Teams-style WebVTT stand-in in {@code
 * testdata/stand-ins}, cut to about 20 KB. Each is mutated: byte ranges deleted, replaced,
 * duplicated, repeated up to about 100 KB or truncated, hostile values inserted. Every outcome is a
 * {@link Media} or a {@link MediaUnreadableException} whose message starts with the file's name;
 * never another exception, and never a read slower than {@link #bound(int)}. A short run is part of
 * {@code ./mvnw verify}; for a long one, {@code -Djqwik.tries.default=20000} (see docs/testing.md,
 * "Fuzzing").
 */
class ImporterFuzzTest {

  private static final List<String> REPOSITORY_SEEDS =
      List.of(
          "examples/discovery-call.json",
          "examples/hiring-interview.vtt",
          "examples/team-standup.json",
          "evaluation/calls/interview-d2/interview-d2.srt",
          "evaluation/calls/meeting-d3/meeting-d3.deepgram.json",
          "evaluation/calls/meeting-d4/meeting-d4.assemblyai.json");

  /** How a shared transcript is cut to about {@link #CUT} bytes and still be its format. */
  private enum Cut {
    /** Small enough as it is. */
    WHOLE,
    /** The first lines of about {@link #CUT} bytes. */
    LINES,
    /** Every array shortened to its first k elements, k as large as fits {@link #CUT}. */
    JSON_ARRAYS
  }

  private record Shared(String file, String format, Cut cut) {}

  private static final List<Shared> SHARED_SEEDS =
      List.of(
          new Shared(
              "webvtt_teams_style_guid_voices_status_meeting_5spk_en.vtt", "webvtt", Cut.WHOLE),
          new Shared(
              "rev_nlp_earnings22_mtn_ghana_results_call_forced_aligned_27spk_51min_en.nlp",
              "rev-nlp",
              Cut.LINES),
          new Shared(
              "qmsum_ami_ES2004c_product_design_meeting_4spk_no_timestamps_en.json",
              "qmsum",
              Cut.JSON_ARRAYS),
          new Shared(
              "whisper_pyannote_japanese_diet_qa_2spk_45s_ja.txt", "speaker-blocks", Cut.WHOLE),
          new Shared(
              "changelog_jsparty300_podcast_panel_named_speakers_sparse_timestamps_76min_en.md",
              "markdown",
              Cut.LINES));

  /** The size shared transcripts are cut to, so that each try stays fast. */
  private static final int CUT = 20_000;

  /** The size the repeating mutation grows a file to, to make a super-linear read show. */
  private static final int GROWN = 100_000;

  private static final TranscriptFormats FORMATS = TranscriptFormats.builtIn();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Seed(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name + " (" + bytes.length + " bytes)";
    }
  }

  /** Repository, generated, copied and stand-in seeds: the same on every machine. */
  private static final List<Seed> SEEDS = seeds();

  /** The largest fraction of its time bound one read took, for the report printed at the end. */
  private static final AtomicLong WORST_PER_MILLE = new AtomicLong();

  private static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    REPOSITORY_SEEDS.forEach(path -> seeds.add(file(RepoFiles.root().resolve(path))));
    for (String format : GeneratedTranscripts.FORMATS) {
      seeds.add(
          new Seed(
              "generated-" + format,
              GeneratedTranscripts.of(format, 12).getBytes(StandardCharsets.UTF_8)));
    }
    SHARED_SEEDS.forEach(s -> seeds.add(shared(s)));
    // One unmeasured read of each seed, so that class loading and the first compilation do not
    // count against the time bound of the first tries.
    seeds.forEach(ImporterFuzzTest::readOrRefuse);
    return List.copyOf(seeds);
  }

  private static Seed file(Path file) {
    try {
      return new Seed(String.valueOf(file.getFileName()), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Seed shared(Shared s) {
    Seed whole =
        file(
            RepoFiles.IN_REPO_TRANSCRIPTS.contains(s.file())
                ? RepoFiles.transcript(s.file())
                : RepoFiles.standIn(s.file()));
    byte[] bytes = whole.bytes();
    byte[] cut =
        switch (s.cut()) {
          case WHOLE -> bytes;
          case LINES -> firstLines(bytes);
          case JSON_ARRAYS -> shortenedArrays(bytes);
        };
    return new Seed(whole.name(), cut);
  }

  private static byte[] firstLines(byte[] bytes) {
    if (bytes.length <= CUT) {
      return bytes;
    }
    int end = CUT;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return slice(bytes, 0, end);
  }

  private static byte[] shortenedArrays(byte[] bytes) {
    JsonNode tree = JSON.readTree(bytes);
    int whole = JSON.writeValueAsBytes(tree).length;
    byte[] best = shortened(tree, 1);
    for (int k = 2; best.length < whole; k++) {
      byte[] written = shortened(tree, k);
      if (written.length > CUT) {
        break;
      }
      best = written;
    }
    return best;
  }

  private static byte[] shortened(JsonNode tree, int k) {
    JsonNode copy = tree.deepCopy();
    shorten(copy, k);
    return JSON.writeValueAsBytes(copy);
  }

  private static void shorten(JsonNode node, int k) {
    if (node instanceof ArrayNode array) {
      while (array.size() > k) {
        array.remove(array.size() - 1);
      }
    }
    for (JsonNode child : node.values()) {
      shorten(child, k);
    }
  }

  @Provide
  Arbitrary<Seed> mutated() {
    Arbitrary<Seed> seeds = Arbitraries.of(SEEDS);
    Arbitrary<byte[]> inserts =
        Arbitraries.oneOf(
            Arbitraries.bytes().array(byte[].class).ofMaxSize(16),
            Arbitraries.of(
                    "1e2147483648",
                    "-1",
                    "NaN",
                    "null",
                    "[]",
                    "{}",
                    "\"\\ud800\"",
                    "[".repeat(300),
                    "<v >",
                    "-->",
                    "99:99:99.999",
                    "\u202E",
                    "\u0000",
                    "\n\n",
                    "\r",
                    "**:**",
                    "|||||",
                    "SPEAKER_00",
                    "\t")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    return Combinators.combine(
            seeds,
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            inserts,
            Arbitraries.integers().between(0, 4))
        .as(
            (seed, a, b, insert, kind) -> {
              byte[] in = seed.bytes();
              int from = (int) (Math.min(a, b) * in.length);
              int to = (int) (Math.max(a, b) * in.length);
              to = Math.min(to, from + 200);
              byte[] out =
                  switch (kind) {
                    case 0 -> concat(slice(in, 0, from), insert, slice(in, to, in.length));
                    case 1 -> concat(slice(in, 0, from), slice(in, to, in.length));
                    case 2 -> concat(slice(in, 0, to), slice(in, from, in.length));
                    case 3 -> repeated(in, from, Math.max(to, Math.min(from + 1, in.length)));
                    default -> slice(in, 0, from);
                  };
              return new Seed(seed.name(), out);
            });
  }

  /** {@code in} with {@code in[from, to)} repeated until the whole is about {@link #GROWN}. */
  private static byte[] repeated(byte[] in, int from, int to) {
    if (to <= from) {
      return in;
    }
    byte[] range = slice(in, from, to);
    ByteArrayOutputStream out = new ByteArrayOutputStream(GROWN + range.length);
    out.writeBytes(slice(in, 0, to));
    for (int size = in.length; size < GROWN; size += range.length) {
      out.writeBytes(range);
    }
    out.writeBytes(slice(in, to, in.length));
    return out.toByteArray();
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * Reads are timed in this thread's CPU time, not wall time, so other processes on a shared
   * machine (parallel builds) do not count against the bound; a garbage collection on another
   * thread does not either.
   */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The most CPU time a read of {@code bytes} bytes may take: 250 ms plus 20 µs per byte, 650 ms
   * for a 20 KB seed and 2.25 s for a file grown to 100 KB. Reading is linear and takes well under
   * 1 µs per byte (a 100 KB transcript reads in a few ms once compiled), so the per-byte part
   * leaves a margin of 20 or more for a loaded 2-core machine and the constant absorbs a garbage
   * collection or a late compilation; the seeds are read once before the tries so that class
   * loading does not count. A read quadratic in its size would do some 10^10 steps on 100 KB,
   * seconds even at one step per nanosecond, and break the bound. ImporterScalingTest measures the
   * growth itself; this bound is the backstop for what fuzzed input can trigger (backtracking,
   * rescans per line).
   */
  static long bound(int bytes) {
    return 250_000_000L + 20_000L * bytes;
  }

  private static void readOrRefuse(Seed file) {
    try {
      Media media =
          FORMATS.read("m", file.name(), MediaFileDecoder.decode(file.name(), file.bytes()));
      assertThat(media).isNotNull();
    } catch (MediaUnreadableException e) {
      assertThat(e.getMessage()).startsWith(file.name());
    }
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void everyMutationIsMediaOrAnErrorNamingTheFileInBoundedTime(@ForAll("mutated") Seed file) {
    long start = CPU.getCurrentThreadCpuTime();
    readOrRefuse(file);
    long took = CPU.getCurrentThreadCpuTime() - start;

    long bound = bound(file.bytes().length);
    WORST_PER_MILLE.accumulateAndGet(took * 1000 / bound, Math::max);
    assertThat(took)
        .as("nanoseconds to read %s, at most %d", file, bound)
        .isLessThanOrEqualTo(bound);
  }

  @AfterContainer
  static void printWorstTime() {
    System.out.println(
        "ImporterFuzzTest: the slowest read took "
            + WORST_PER_MILLE.get() / 10.0
            + "% of its time bound");
  }

  @Test
  void everyBuiltInFormatHasASeed() {
    List<String> formats = new ArrayList<>();
    for (Seed seed : SEEDS) {
      String text = MediaFileDecoder.decode(seed.name(), seed.bytes());
      TranscriptFormat format =
          FORMATS.detect(TranscriptText.of(seed.name(), text, CancellationToken.NONE));
      assertThat(FORMATS.read("m", seed.name(), text)).as(seed.name()).isNotNull();
      formats.add(format.name());
    }
    assertThat(formats).containsAll(FORMATS.names());
  }

  @Test
  void everySharedSeedIsStillItsFormatAfterTheCut() {
    for (Shared s : SHARED_SEEDS) {
      Seed seed = shared(s);
      String text = MediaFileDecoder.decode(seed.name(), seed.bytes());
      assertThat(seed.bytes().length).as(s.file()).isLessThanOrEqualTo(CUT);
      assertThat(
              FORMATS.detect(TranscriptText.of(seed.name(), text, CancellationToken.NONE)).name())
          .as(s.file())
          .isEqualTo(s.format());
      Media media = FORMATS.read("m", seed.name(), text);
      assertThat(media.utterances()).as(s.file()).hasSizeGreaterThanOrEqualTo(2);
      System.out.printf(
          "%s: %d bytes, %d utterances%n",
          s.file(), seed.bytes().length, media.utterances().size());
    }
  }
}
