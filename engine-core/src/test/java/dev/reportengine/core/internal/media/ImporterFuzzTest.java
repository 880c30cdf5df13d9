package dev.reportengine.core.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.MediaUnreadableException;
import dev.reportengine.core.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the importers: transcripts in every format the repository holds (the bundled examples
 * and the evaluation calls: media JSON, WebVTT, SRT, Deepgram, AssemblyAI), with byte ranges
 * deleted, replaced, duplicated or truncated and hostile values inserted. Every outcome is a {@link
 * Media} or a {@link MediaUnreadableException} whose message starts with the file's name; never
 * another exception. A short run is part of {@code ./mvnw verify}; for a long one, {@code
 * -Djqwik.tries.default=20000} (see README, "Fuzzing").
 */
class ImporterFuzzTest {

  private static final List<String> SEEDS =
      List.of(
          "examples/discovery-call.json",
          "examples/hiring-interview.vtt",
          "examples/team-standup.json",
          "evaluation/calls/interview-d2/interview-d2.srt",
          "evaluation/calls/meeting-d3/meeting-d3.deepgram.json",
          "evaluation/calls/meeting-d4/meeting-d4.assemblyai.json");

  private static final MediaFormats FORMATS = MediaFormats.builtIn();

  private record Seed(String name, byte[] bytes) {}

  private static Seed seed(String path) {
    Path file = RepoFiles.root().resolve(path);
    try {
      return new Seed(String.valueOf(file.getFileName()), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Seed> mutated() {
    Arbitrary<Seed> seeds = Arbitraries.of(SEEDS).map(ImporterFuzzTest::seed);
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
                    "\u0000")
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return Combinators.combine(
            seeds,
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            inserts,
            Arbitraries.integers().between(0, 3))
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
                    default -> slice(in, 0, from);
                  };
              return new Seed(seed.name(), out);
            });
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Property(edgeCases = net.jqwik.api.EdgeCasesMode.FIRST)
  void everyMutationIsMediaOrAnErrorNamingTheFile(@ForAll("mutated") Seed file) {
    try {
      Media media =
          FORMATS.read("m", file.name(), MediaFileDecoder.decode(file.name(), file.bytes()));
      assertThat(media).isNotNull();
    } catch (MediaUnreadableException e) {
      assertThat(e.getMessage()).startsWith(file.name());
    }
  }
}
