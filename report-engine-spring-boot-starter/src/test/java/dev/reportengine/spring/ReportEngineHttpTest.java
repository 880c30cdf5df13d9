package dev.reportengine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.spi.MediaSource;
import dev.reportengine.core.MediaSources;
import dev.reportengine.testkit.GatedMediaSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real servlet application with Actuator on a random loopback port, driven over HTTP. Its media
 * source is a gate, open unless a test closes it to fill the workers and the queue (two each).
 */
class ReportEngineHttpTest {

  static final Path ROOT = Path.of(System.getProperty("reportengine.root", "..")).toAbsolutePath();
  static final JsonMapper JSON = JsonMapper.builder().build();

  static ConfigurableApplicationContext app;
  static HttpClient http;
  static String base;
  static final GatedMediaSource MEDIA =
      GatedMediaSource.open(MediaSources.directory(ROOT.resolve("examples")));

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    MediaSource gatedMedia() {
      return MEDIA;
    }
  }

  @BeforeAll
  static void start() {
    app =
        new SpringApplication(App.class)
            .run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--report-engine.web.enabled=true",
                "--report-engine.link-base-uri=https://reports.example.com",
                "--report-engine.parallelism=2",
                "--report-engine.max-queued-jobs=2",
                "--management.endpoints.web.exposure.include=health",
                "--management.endpoint.health.show-details=always");
    String port = app.getEnvironment().getProperty("local.server.port");
    assertThat(port).isNotNull();
    base = "http://127.0.0.1:" + port;
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void createPollReportPdfByJobListCancel() throws Exception {
    String request = Files.readString(ROOT.resolve("examples/requests/sales-playbook.json"));
    HttpResponse<String> created = post("/v1/reports/jobs", request);
    assertThat(created.statusCode()).isEqualTo(202);
    assertThat(created.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    String jobId = JSON.readTree(created.body()).path("jobId").asString();
    assertThat(jobId).isNotEmpty();

    JsonNode job = JSON.readTree(get("/v1/jobs/" + jobId).body());
    Instant deadline = Instant.now().plusSeconds(60);
    while (!job.path("status").asString().equals("succeeded") && Instant.now().isBefore(deadline)) {
      assertThat(job.path("status").asString()).isIn("queued", "running");
      Thread.sleep(100);
      job = JSON.readTree(get("/v1/jobs/" + jobId).body());
    }
    assertThat(job.path("status").asString()).isEqualTo("succeeded");
    String reportId = job.path("reportId").asString();

    HttpResponse<String> report = get("/v1/reports/" + reportId);
    assertThat(report.statusCode()).isEqualTo(200);
    JsonNode reportJson = JSON.readTree(report.body());
    assertThat(reportJson.path("reportUrl").asString())
        .isEqualTo("https://reports.example.com/v1/reports/" + reportId);

    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/v1/reports/" + reportId + ".pdf")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    HttpResponse<String> byJob = get("/v1/reports/by-job/" + jobId);
    assertThat(byJob.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(byJob.body())).isEqualTo(reportJson);

    HttpResponse<String> list = get("/v1/jobs?limit=10&status=succeeded");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(jobId);
    assertThat(get("/v1/jobs?limit=0").statusCode()).isEqualTo(400);

    // Cancel of a job that has already succeeded: 200 with the snapshot, still succeeded.
    HttpResponse<String> cancel = post("/v1/jobs/" + jobId + "/cancel", "");
    assertThat(cancel.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(cancel.body()).path("status").asString()).isEqualTo("succeeded");

    assertThat(post("/v1/jobs/job_unknown/cancel", "").statusCode()).isEqualTo(404);
    assertThat(get("/v1/jobs/job_unknown").statusCode()).isEqualTo(404);
    assertThat(get("/v1/reports/rep_unknown").statusCode()).isEqualTo(404);
    assertThat(get("/v1/reports/rep_unknown.pdf").statusCode()).isEqualTo(404);
    assertThat(get("/v1/reports/by-job/job_unknown").statusCode()).isEqualTo(404);
  }

  @Test
  void badBodyAnswers400WithViolations() throws Exception {
    HttpResponse<String> response =
        post("/v1/reports/jobs", "{\"media\":{},\"output\":{\"template\":\"nope\"}}");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.toString()).contains("invalid_request");
    assertThat(error.findValues("violations")).isNotEmpty();
    assertThat(error.findValue("violations").size()).isGreaterThan(0);

    assertThat(post("/v1/reports/jobs", "not json").statusCode()).isEqualTo(400);
  }

  @Test
  void tooLargeBodyIsRefusedByTheEngine() throws Exception {
    String big = "{\"label\":\"" + "x".repeat((1 << 20) + 10) + "\"}";
    HttpResponse<String> response = post("/v1/reports/jobs", big);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid_request").contains("too_large");
  }

  @Test
  void idempotencyKeyReusedWithAnotherBodyAnswers409() throws Exception {
    String request = Files.readString(ROOT.resolve("examples/requests/sales-playbook.json")).trim();
    String first = "{\"idempotencyKey\":\"spring-http-1\"," + request.substring(1);
    HttpResponse<String> created = post("/v1/reports/jobs", first);
    assertThat(created.statusCode()).isEqualTo(202);
    HttpResponse<String> again = post("/v1/reports/jobs", first);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(JSON.readTree(again.body()).path("jobId"))
        .isEqualTo(JSON.readTree(created.body()).path("jobId"));

    String other = first.replace("Discovery call coaching", "Another label");
    assertThat(other).isNotEqualTo(first);
    HttpResponse<String> conflict = post("/v1/reports/jobs", other);
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("idempotency_conflict");
  }

  @Test
  void fullQueueAnswers429WithRetryAfterAndCancelStopsQueuedAndRunningJobs() throws Exception {
    MEDIA.close();
    String gated = Files.readString(ROOT.resolve("examples/requests/sales-playbook.json"));
    List<String> jobs = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> created = post("/v1/reports/jobs", gated);
        assertThat(created.statusCode()).as("job %s", i).isEqualTo(202);
        jobs.add(JSON.readTree(created.body()).path("jobId").asString());
        if (i == 1) {
          // Both workers hold a gated job before the next two are queued.
          assertThat(MEDIA.awaitHeld(2, Duration.ofSeconds(60))).isTrue();
        }
      }
      assertThat(health().path("status").asString()).isEqualTo("OUT_OF_SERVICE");

      HttpResponse<String> refused = post("/v1/reports/jobs", gated);
      assertThat(refused.statusCode()).isEqualTo(429);
      JsonNode error = JSON.readTree(refused.body()).path("error");
      assertThat(error.path("code").asString()).isEqualTo("overloaded");
      assertThat(refused.headers().firstValue("Retry-After"))
          .hasValue(String.valueOf(error.path("retryAfterSec").asLong()));
      assertThat(error.path("retryAfterSec").asLong()).isPositive();

      HttpResponse<String> queuedCancel = post("/v1/jobs/" + jobs.get(3) + "/cancel", "");
      assertThat(queuedCancel.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(queuedCancel.body()).path("status").asString())
          .isEqualTo("canceled");
      HttpResponse<String> runningCancel = post("/v1/jobs/" + jobs.get(0) + "/cancel", "");
      assertThat(runningCancel.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(runningCancel.body()).path("status").asString())
          .isEqualTo("canceled");
      assertThat(
              JSON.readTree(get("/v1/jobs/" + jobs.get(0)).body())
                  .path("error")
                  .path("code")
                  .asString())
          .isEqualTo("canceled");
    } finally {
      MEDIA.open();
    }
    assertThat(awaitStatus(jobs.get(1))).isEqualTo("succeeded");
    assertThat(awaitStatus(jobs.get(2))).isEqualTo("succeeded");
    assertThat(awaitStatus(jobs.get(0))).isEqualTo("canceled");
    assertThat(awaitStatus(jobs.get(3))).isEqualTo("canceled");

    JsonNode health = health();
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(
            health.path("components").path("reportEngine").path("details").path("store").asString())
        .isEqualTo("reachable");
    MeterRegistry meters = app.getBean(MeterRegistry.class);
    assertThat(
            meters
                .get("report.jobs.ended")
                .tags("status", "canceled", "error", "canceled")
                .counter()
                .count())
        .isGreaterThanOrEqualTo(2);
    assertThat(
            meters
                .get("report.stage")
                .tags("stage", "load_media", "status", "canceled")
                .timer()
                .count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void servesTheOpenApiDocument() throws Exception {
    HttpResponse<String> response = get("/v1/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(JSON.readTree(response.body())).isEqualTo(OpenApiDocument.build());
  }

  /** Polls a job until it ends (at most 60 s); returns its status. */
  private static String awaitStatus(String jobId) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    String status = JSON.readTree(get("/v1/jobs/" + jobId).body()).path("status").asString();
    while (!Set.of("succeeded", "failed", "canceled").contains(status)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      status = JSON.readTree(get("/v1/jobs/" + jobId).body()).path("status").asString();
    }
    return status;
  }

  private static JsonNode health() throws Exception {
    return JSON.readTree(get("/actuator/health").body());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
