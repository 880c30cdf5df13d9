package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.RepoFiles;
import dev.reportengine.media.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transcripts copied into {@code testdata/transcripts}: the folder, the list in {@link
 * RepoFiles#IN_REPO_TRANSCRIPTS} and {@code ATTRIBUTION.md} name the same files; the stand-ins of
 * {@code testdata/stand-ins} each have a row in its README. The byte-for-byte comparison with the
 * shared originals is a {@link SharedCorpus} test (run with {@code -Pshared-corpus}).
 */
class InRepoTranscriptsTest {

  private static final List<String> NOT_TRANSCRIPTS =
      List.of("README.md", "ATTRIBUTION.md", ".gitattributes");

  static Stream<String> inRepo() {
    return RepoFiles.IN_REPO_TRANSCRIPTS.stream().sorted();
  }

  @Test
  void holdsExactlyTheListedTranscripts() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(RepoFiles.inRepoTranscripts())) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> !NOT_TRANSCRIPTS.contains(n))
              .sorted()
              .toList();
    }
    assertThat(files).isEqualTo(inRepo().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inRepo")
  void attributesEachCopyToItsSourceAndLicence(String file) throws IOException {
    String attribution = Files.readString(RepoFiles.inRepoTranscripts().resolve("ATTRIBUTION.md"));
    assertThat(attribution.lines().filter(l -> l.startsWith("| `" + file + "` |")))
        .as("a row for %s in testdata/transcripts/ATTRIBUTION.md", file)
        .singleElement()
        .satisfies(row -> assertThat(row.split("\\|")).hasSize(5));
  }

  @Test
  void describesEveryStandInInItsReadme() throws IOException {
    String readme = Files.readString(RepoFiles.standIns().resolve("README.md"));
    List<String> files;
    try (Stream<Path> list = Files.list(RepoFiles.standIns())) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("README.md"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    assertThat(files)
        .allSatisfy(
            f ->
                assertThat(readme.lines().filter(l -> l.startsWith("| `" + f + "` |")))
                    .as("a row for %s in testdata/stand-ins/README.md", f)
                    .singleElement()
                    .satisfies(row -> assertThat(row.split("\\|")).hasSize(4)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inRepo")
  @SharedCorpus
  void equalsTheSharedOriginal(String file) throws IOException {
    Path shared = RepoFiles.sharedTranscript(file);
    assertThat(Files.readAllBytes(RepoFiles.transcript(file)))
        .as("testdata/transcripts/%s equals %s", file, shared)
        .isEqualTo(Files.readAllBytes(shared));
  }
}
