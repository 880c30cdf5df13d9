package dev.reportengine.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files relative to the repository root, and the shared transcript corpus beside it. */
public final class RepoFiles {

  private RepoFiles() {}

  /** The repository root: the {@code reportengine.root} property, else the working dir's parent. */
  public static Path root() {
    String property = System.getProperty("reportengine.root");
    return property != null && !property.isBlank()
        ? Path.of(property)
        : Path.of("").toAbsolutePath().getParent();
  }

  /** A file of {@code ../shared/data/transcripts}; skips the test when it is absent. */
  public static Path sharedTranscript(String name) {
    Path file = root().resolve("../shared/data/transcripts").resolve(name).normalize();
    assumeTrue(
        Files.isRegularFile(file),
        () -> "skipped: shared transcript " + file + " is absent (../shared is not available)");
    return file;
  }
}
