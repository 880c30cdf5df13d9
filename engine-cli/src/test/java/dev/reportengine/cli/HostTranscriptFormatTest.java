package dev.reportengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobHandle;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.core.MediaSources;
import dev.reportengine.core.PdfMode;
import dev.reportengine.core.ReportEngine;
import dev.reportengine.media.TranscriptFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's own transcript format ({@link DictaphoneFormat}), found with ServiceLoader through this
 * module's test-scope {@code META-INF/services} file, read by an engine job and by {@code inspect},
 * which reads without building an engine.
 */
class HostTranscriptFormatTest {

  private static final String CALL =
      """
      #dictaphone v1
      [0-6.5] Ana Ruiz | Thanks for joining. Shall we look at the renewal first?
      [7-12] Ben Okafor | Yes. The price went up and the team wants to know why.
      [12.5-20] Ana Ruiz | Fair question. Usage doubled, so the tier changed.
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("call.txt"), text);
  }

  @Test
  void discoveryFindsTheHostFormatAfterTheBuiltInOnes() {
    assertThat(TranscriptFormats.installed().names())
        .startsWith("report-engine", "webvtt")
        .endsWith("markdown", "dictaphone");
    assertThat(MediaSources.formats()).endsWith("dictaphone");
  }

  @Test
  void inspectReadsFileInHostFormat() throws IOException {
    Path file = write(CALL);

    int code = run("inspect", file.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("format:            dictaphone\nduration:          0:00:20 (20.000 s)\n")
        .contains("entities (2):")
        .containsPattern("s1 +Ana Ruiz +14\\.0 +")
        .containsPattern("s2 +Ben Okafor +5\\.0 +");
  }

  @Test
  void inspectReadsNamedFormatAndRefusesUnknownName() throws IOException {
    Path file = write(CALL);

    assertThat(run("inspect", "--format", "dictaphone", "--json", file.toString())).isZero();
    assertThat(out.toString()).startsWith("{\n  \"format\": \"dictaphone\",\n");

    assertThat(run("inspect", "--format", "dictafone", file.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "error: unknown --format dictafone; known formats: "
                + String.join(", ", TranscriptFormats.installed().names())
                + "\n");
  }

  @Test
  void inspectNamesFileAndLineOfMalformedHostFile() throws IOException {
    Path file = write(CALL.replace("[7-12] Ben Okafor |", "[7-12] Ben Okafor:"));

    assertThat(run("inspect", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("error: call.txt: line 3: expected \"[start-end] Speaker | text\"\n");
  }

  @Test
  void inspectReportsFailingHostFormatByNameWithoutStackTrace() throws IOException {
    Path file = write(CALL.replace("v1", "v2"));

    assertThat(run("inspect", file.toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "error: call.txt: the dictaphone format failed: IllegalStateException: no reader for"
                + " dictaphone v2\n");
  }

  @Test
  void engineJobReadsFileInHostFormat() throws IOException {
    write(CALL);

    try (ReportEngine engine = engine()) {
      Report report = submit(engine).await(Duration.ofMinutes(2));

      assertThat(report.media().mediaId()).contains("call");
      assertThat(report.markdown().orElseThrow()).contains("Ana Ruiz");
    }
  }

  @Test
  void engineJobFailsNamingHostFormatWhenItFails() throws IOException {
    write(CALL.replace("v1", "v2"));

    try (ReportEngine engine = engine()) {
      JobHandle job = submit(engine);
      job.future().handle((r, e) -> null).join();

      JobSnapshot end = job.snapshot();
      assertThat(end.status()).isEqualTo(JobStatus.FAILED);
      assertThat(end.error().orElseThrow().code()).isEqualTo(ErrorCode.MEDIA_UNREADABLE);
      assertThat(end.error().orElseThrow().message())
          .isEqualTo(
              "call.txt: the dictaphone format failed: IllegalStateException: no reader for"
                  + " dictaphone v2");
    }
  }

  private ReportEngine engine() {
    return ReportEngine.builder()
        .parallelism(1)
        .pdfMode(PdfMode.OFF)
        .mediaSource(MediaSources.directory(dir))
        .build();
  }

  private static JobHandle submit(ReportEngine engine) {
    return engine.submit(
        CreateReportJobRequest.of("call", Template.GENERAL_REPORT, TargetSpec.dominant()));
  }
}
