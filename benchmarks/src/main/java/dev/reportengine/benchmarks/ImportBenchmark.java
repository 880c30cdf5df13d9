package dev.reportengine.benchmarks;

import dev.reportengine.api.media.Media;
import dev.reportengine.core.MediaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import time per format against length: {@code MediaSources.read(file)} (read, decode, detect,
 * parse, build the media) on a real transcript, the 2 h 13 min Zoom seminar of the shared corpus
 * (20 speakers, 928 cues), cut to or repeated to {@code minutes} and written in each format. Needs
 * {@code ../shared/data/transcripts} (or {@code -Dreportengine.transcripts=DIR}); {@code
 * -Dreportengine.import.source=FILE} reads another file of that folder (the smoke test in {@code
 * verify} reads a call copied into {@code testdata/transcripts}, so it runs without {@code
 * ../shared}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ImportBenchmark {

  static final String SOURCE = "webvtt_zoom_university_seminar_20spk_2h13m_en.vtt";

  @Param({"webvtt", "srt", "whisper", "deepgram", "aws-transcribe", "qmsum", "markdown"})
  public String format;

  @Param({"30", "120", "240"})
  public int minutes;

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path corpus =
        Path.of(System.getProperty("reportengine.transcripts", "../shared/data/transcripts"));
    Path source = corpus.resolve(System.getProperty("reportengine.import.source", SOURCE));
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException(
          "the import benchmark needs "
              + source.toAbsolutePath()
              + "; run it from the repository root"
              + " or set -Dreportengine.transcripts=DIR");
    }
    Media media = MediaSources.read(source);
    dir = Files.createTempDirectory("import-bench");
    file = dir.resolve("call.data");
    Files.writeString(
        file, TranscriptFiles.write(format, media, TranscriptFiles.repeat(media, minutes * 60.0)));
    System.out.printf("%n%s, %d min: %,d bytes%n", format, minutes, Files.size(file));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Media read() {
    return MediaSources.read(file);
  }
}
