package dev.reportengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.Report;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.core.ContractJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final Path ROOT =
      Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath().normalize();
  private static final Path EXAMPLES = ROOT.resolve("examples");

  private static final byte[] PDF_MAGIC =
      "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ContractJson json = ContractJson.create();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void generateWritesReportMarkdownAndJobForATranscript() throws IOException {
    Path dir = tmp.resolve("out");
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("discovery-call.json").toString(),
            "--template",
            "general_report",
            "--target",
            "hint:Maria",
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    Report report = json.readReport(Files.readString(dir.resolve("report.json")));
    assertThat(report.entity().orElseThrow().label()).contains("Maria Lopez");
    assertThat(Files.readString(dir.resolve("report.md")))
        .isEqualTo(report.markdown().orElseThrow());
    assertThat(json.readJob(Files.readString(dir.resolve("job.json"))).reportId())
        .contains(report.id());
    assertThat(dir.resolve("error.json")).doesNotExist();
    assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith(PDF_MAGIC);
  }

  @Test
  void generateWritesOnlyTheChosenFilesWhenFormatIsGiven() throws IOException {
    Path dir = tmp.resolve("md-only");
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("team-standup.json").toString(),
            "--template",
            "general_report",
            "--format",
            "md",
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("report.md")).isRegularFile();
    assertThat(dir.resolve("job.json")).isRegularFile();
    assertThat(dir.resolve("report.pdf")).doesNotExist();
    assertThat(dir.resolve("report.json")).doesNotExist();
  }

  @Test
  void generateWritesJsonAndPdfWhenFormatNamesThem() throws IOException {
    Path dir = tmp.resolve("json-pdf");
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("team-standup.json").toString(),
            "--template",
            "general_report",
            "--format",
            "json, PDF",
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("report.json")).isRegularFile();
    assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith(PDF_MAGIC);
    assertThat(dir.resolve("report.md")).doesNotExist();
  }

  @Test
  void everyReportCommandExitsTwoNamingTheAcceptedFormatsWhenFormatIsUnknown() {
    for (String[] args :
        new String[][] {
          {
            "generate",
            "--media",
            EXAMPLES.resolve("team-standup.json").toString(),
            "--template",
            "general_report",
            "--format",
            "json,docx",
            "--out",
            tmp.resolve("x").toString()
          },
          {
            "batch",
            "--media-dir",
            EXAMPLES.toString(),
            "--template",
            "general_report",
            "--store",
            tmp.resolve("s").toString(),
            "--format",
            "docx",
            "--out",
            tmp.resolve("y").toString()
          },
          {"demo", "--examples", EXAMPLES.toString(), "--format", "docx", "--out", tmp.toString()}
        }) {
      assertThat(run(args)).as(args[0]).isEqualTo(2);
    }
    assertThat(err.toString())
        .contains("--format: unknown format [docx]")
        .contains("accepted: json, md, pdf");
    assertThat(tmp.resolve("x")).doesNotExist();
    assertThat(tmp.resolve("y")).doesNotExist();
  }

  @Test
  void generateExitsTwoAndListsEveryViolationForAnInvalidRequest() throws IOException {
    Path dir = tmp.resolve("out");
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("discovery-call.json").toString(),
            "--template",
            "weekly_digest",
            "--label",
            "x".repeat(65),
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("/output/template").contains("/label");
    String error = Files.readString(dir.resolve("error.json"));
    assertThat(error)
        .contains("\"invalid_request\"")
        .contains("/output/template")
        .contains("/label");
    assertThat(dir.resolve("report.json")).doesNotExist();
  }

  @Test
  void generateExitsTwoWithErrorJsonForANumberNoTypeHolds() throws IOException {
    Path dir = tmp.resolve("out");
    Path request = tmp.resolve("request.json");
    Files.writeString(
        request,
        "{\"media\": {\"mediaId\": \"discovery-call\"}, \"output\": {\"template\":"
            + " \"general_report\"}, \"target\": {\"strategy\": \"dominant\"},"
            + " \"timeoutSec\": 1e2147483648}");

    int code =
        run(
            "generate",
            "--request",
            request.toString(),
            "--media-dir",
            EXAMPLES.toString(),
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("error.json")))
        .contains("\"invalid_request\"")
        .contains("out of range")
        .contains("line 1");
  }

  @Test
  void generateExitsOneWithTheJobErrorWhenTheTargetIsMissing() throws IOException {
    Path dir = tmp.resolve("out");
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("discovery-call.json").toString(),
            "--template",
            "general_report",
            "--target",
            "entity:nobody",
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("target_not_found");
    assertThat(Files.readString(dir.resolve("error.json"))).contains("\"target_not_found\"");
    assertThat(json.readJob(Files.readString(dir.resolve("job.json"))).error()).isPresent();
  }

  @Test
  void generateFallsBackToTheDominantSpeakerWhenAsked() {
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("discovery-call.json").toString(),
            "--template",
            "general_report",
            "--target",
            "entity:nobody",
            "--on-miss",
            "fallback_dominant",
            "--out",
            tmp.resolve("out").toString());

    assertThat(code).as(err.toString()).isZero();
  }

  @Test
  void generateRejectsAnUnreadableTargetNamingTheAcceptedForms() {
    int code =
        run(
            "generate",
            "--media",
            EXAMPLES.resolve("discovery-call.json").toString(),
            "--template",
            "general_report",
            "--target",
            "speaker 2",
            "--out",
            tmp.resolve("out").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("--target: cannot read [speaker 2]; accepted: " + TargetOption.FORMS);
  }

  @Test
  void generateRunsAFullRequestAgainstAMediaDirectory() throws IOException {
    Path request = tmp.resolve("request.json");
    Files.writeString(
        request,
        """
        {"media": {"mediaId": "hiring-interview"},
         "output": {"template": "general_report", "templateParams": {"quote_count": 2}},
         "target": {"strategy": "magic_hint", "hint": "Alex Kim"},
         "label": "Interview with Alex"}
        """);
    Path dir = tmp.resolve("out");

    int code =
        run(
            "generate",
            "--request",
            request.toString(),
            "--media-dir",
            EXAMPLES.toString(),
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    Report report = json.readReport(Files.readString(dir.resolve("report.json")));
    assertThat(report.label()).contains("Interview with Alex");
    assertThat(report.media().mediaId()).contains("hiring-interview");
  }

  @Test
  void generateRefusesMediaAndRequestTogether() {
    int code =
        run(
            "generate",
            "--media",
            "a.json",
            "--request",
            "r.json",
            "--out",
            tmp.resolve("out").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("give either --media FILE or --request FILE");
  }

  @Test
  void demoWritesAReportForEveryExampleAndEveryExampleRequest() throws IOException {
    Path dir = tmp.resolve("demo");
    int code = run("demo", "--examples", EXAMPLES.toString(), "--out", dir.toString());

    assertThat(code).as(err.toString()).isZero();
    try (var transcripts = Files.list(EXAMPLES)) {
      for (Path t :
          transcripts
              .filter(Files::isRegularFile)
              .filter(p -> !p.toString().endsWith(".md"))
              .toList()) {
        String name = t.getFileName().toString();
        Path report = dir.resolve(name.substring(0, name.lastIndexOf('.'))).resolve("report.json");
        assertThat(json.readReport(Files.readString(report)).template())
            .isEqualTo(Template.GENERAL_REPORT);
        assertThat(Files.readAllBytes(report.resolveSibling("report.pdf"))).startsWith(PDF_MAGIC);
      }
    }
    assertThat(templateOf(dir.resolve("sales-playbook"))).isEqualTo(Template.SALES_PLAYBOOK);
    assertThat(templateOf(dir.resolve("hiring-report"))).isEqualTo(Template.HIRING_REPORT);
    assertThat(templateOf(dir.resolve("profile-alignment"))).isEqualTo(Template.PROFILE_ALIGNMENT);
    assertThat(out.toString()).contains("demo: 6 report(s)");
  }

  private Template templateOf(Path reportDir) throws IOException {
    return json.readReport(Files.readString(reportDir.resolve("report.json"))).template();
  }

  @Test
  void generateSaysTimingsAreEstimatedWhenTheTranscriptHasNoTimes() throws IOException {
    Path media =
        Files.writeString(
            tmp.resolve("meeting.json"),
            "{\"meeting_transcripts\": [{\"speaker\": \"Project Manager\", \"content\":"
                + " \"Let us start {vocalsound} .\"}, {\"speaker\": \"Marketing\", \"content\":"
                + " \"Sure , go ahead .\"}]}");
    Path dir = tmp.resolve("out");

    int code =
        run(
            "generate",
            "--media",
            media.toString(),
            "--template",
            "general_report",
            "--out",
            dir.toString());

    assertThat(code).as(err.toString()).isZero();
    Report report = json.readReport(Files.readString(dir.resolve("report.json")));
    assertThat(((JsonValue.JsonObject) report.raw().orElseThrow()).get("media"))
        .contains(
            JsonValue.JsonObject.builder()
                .put("format", "qmsum")
                .put("timings_estimated", true)
                .build());
    assertThat(report.markdown().orElseThrow())
        .contains(
            "- Timings: estimated from word counts; the transcript does not give all of them");
  }
}
