package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.media.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractSchemasTest {

  /**
   * Compares the repository's copies ({@code src/test/resources/contracts/v1}, which every other
   * test reads) with the originals in {@code ../shared/contracts/v1}: a {@link SharedCorpus} test,
   * run with {@code -Pshared-corpus}, that fails when that folder is absent.
   */
  @Test
  @SharedCorpus
  void doesMatchSharedSchemasByteForByte() throws IOException {
    Path shared = ContractSchemas.repositoryRoot().resolve("../shared/contracts/v1").normalize();
    assertThat(shared)
        .as("the shared contracts, which -Pshared-corpus needs beside the repository")
        .isDirectory();
    List<Path> files;
    try (Stream<Path> listing = Files.list(shared)) {
      files = listing.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(ContractSchemas.bytes(file.getFileName().toString()))
          .as("src/test/resources/contracts/v1/%s equals %s", file.getFileName(), file)
          .isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void doesReportErrorsWhenDocumentBreaksSchema() {
    assertThat(
            ContractSchemas.errors(
                "create-report-job.response.schema.json", "{\"jobId\":\"j1\",\"status\":\"done\"}"))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("/status");
  }

  @Test
  void doesAssertFormatsWhenFormatIsUri() {
    String report =
        "{\"id\":\"r1\",\"createdAt\":\"2024-05-01T12:00:00Z\",\"media\":{},"
            + "\"output\":{\"template\":\"general_report\"},\"pdfUrl\":\"relative/path.pdf\"}";
    assertThat(ContractSchemas.errors("report.schema.json", report)).isNotEmpty();
  }

  @Test
  void doesFindEngineSchemasWhenNamedByFileName() {
    ContractSchemas.assertValid(
        "error.schema.json", "{\"error\":{\"code\":\"internal\",\"message\":\"boom\"}}");
  }
}
