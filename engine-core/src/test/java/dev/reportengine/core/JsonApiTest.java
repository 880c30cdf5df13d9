package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonApiTest {

  private static final String VALID =
      """
      {"media": {"mediaId": "call-1"},
       "output": {"template": "general_report"},
       "target": {"strategy": "dominant"}}
      """;

  private final ManualExecutor executor = new ManualExecutor();
  private final AtomicInteger ids = new AtomicInteger();
  private final ReportEngine engine =
      ReportEngine.builder()
          .executor(executor)
          .parallelism(1)
          .clock(new MutableClock(Instant.parse("2026-01-02T03:04:05Z")))
          .ids(() -> String.valueOf(ids.incrementAndGet()))
          .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
          .build();
  private final JsonApi api = engine.api();

  @AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  @Test
  void createJobAnswers202WithAResponseThatFollowsTheSchema() {
    ApiResponse created = api.createJob(VALID);

    assertThat(created.status()).isEqualTo(202);
    ContractSchemas.assertValid("create-report-job.response.schema.json", created.json());
    assertThat(created.json()).contains("\"jobId\"").contains("\"queued\"");
  }

  @Test
  void createJobNamesLineAndColumnWhenTheBodyIsNestedTooDeeply() {
    ApiResponse bad =
        api.createJob(
            VALID.replace(
                "\"general_report\"}",
                "\"general_report\",\n \"templateParams\": {\"tone\": "
                    + "[".repeat(300)
                    + "]".repeat(300)
                    + "}}"));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json())
        .containsPattern("invalid JSON at line 3, column \\d+: Document nesting depth \\(201\\)");
  }

  @Test
  void createJobAnswers400WithEveryViolation() {
    ApiResponse bad =
        api.createJob(
            """
            {"media": {"mediaId": "call-1", "extra": 1},
             "output": {"template": "nope"},
             "target": {"strategy": "magic_hint"},
             "label": ""}
            """);

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json())
        .contains("\"invalid_request\"")
        .contains("/media/extra")
        .contains("/output/template")
        .contains("/target/hint")
        .contains("/label");
  }

  @Test
  void reportByJobIsNullUntilTheJobSucceedsThenTheReport() {
    String jobId = jobIdOf(api.createJob(VALID));

    ApiResponse before = api.getReportByJob(jobId);
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json()).isEqualTo("null");

    executor.runAll();

    ApiResponse after = api.getReportByJob(jobId);
    assertThat(after.status()).isEqualTo(200);
    ContractSchemas.assertValid("report.schema.json", after.json());
    String reportId = engine.job(jobId).orElseThrow().reportId().orElseThrow();
    assertThat(api.getReport(reportId).json()).isEqualTo(after.json());
  }

  @Test
  void getJobAnswersWithTheSnapshot() {
    String jobId = jobIdOf(api.createJob(VALID));
    executor.runAll();

    ApiResponse job = api.getJob(jobId);
    assertThat(job.status()).isEqualTo(200);
    assertThat(job.json()).contains("\"succeeded\"").contains("\"reportId\"");
  }

  @Test
  void unknownIdsAnswer404WithAnErrorBody() {
    for (ApiResponse r :
        List.of(api.getJob("job_x"), api.getReport("rep_x"), api.getReportByJob("job_x"))) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json()).contains("\"not_found\"");
    }
  }

  @Test
  void routesByMethodAndPath() {
    ApiResponse created = api.handle("POST", "/v1/reports/jobs", VALID);
    String jobId = jobIdOf(created);
    executor.runAll();

    assertThat(api.handle("GET", "/v1/jobs/" + jobId, null).status()).isEqualTo(200);
    assertThat(api.handle("GET", "/v1/reports/by-job/" + jobId, null).status()).isEqualTo(200);
    assertThat(api.handle("DELETE", "/v1/jobs/" + jobId, null).status()).isEqualTo(405);
    assertThat(api.handle("GET", "/v1/reports/jobs", null).status()).isEqualTo(405);
    assertThat(api.handle("GET", "/v2/anything", null).status()).isEqualTo(404);
  }

  @Test
  void answers503AfterClose() {
    engine.close(Duration.ZERO);

    ApiResponse r = api.createJob(VALID);
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json()).contains("\"unavailable\"");
  }

  private static String jobIdOf(ApiResponse created) {
    assertThat(created.status()).isEqualTo(202);
    int start = created.json().indexOf("\"jobId\"");
    int open = created.json().indexOf('"', created.json().indexOf(':', start) + 1);
    return created.json().substring(open + 1, created.json().indexOf('"', open + 1));
  }
}
