package dev.reportengine.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example as the README calls it: a job over HTTP, its PDF, health and metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {

  /** The repository's examples/, as the run script passes it. */
  static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

  @DynamicPropertySource
  static void mediaDirectory(DynamicPropertyRegistry registry) {
    registry.add("report-engine.media-directory", EXAMPLES::toString);
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  @Test
  void runsTheReadmesRequestAndReportsItsHealthAndMetrics() throws Exception {
    String request = Files.readString(EXAMPLES.resolve("requests/sales-playbook.json"));
    HttpResponse<String> created = send("POST", "/v1/reports/jobs", request);
    assertThat(created.statusCode()).isEqualTo(202);
    String jobId = JSON.readTree(created.body()).path("jobId").asString();

    JsonNode job = JSON.readTree(send("GET", "/v1/jobs/" + jobId, null).body());
    Instant deadline = Instant.now().plusSeconds(120);
    while (!job.path("status").asString().equals("succeeded") && Instant.now().isBefore(deadline)) {
      assertThat(job.path("status").asString()).isIn("queued", "running");
      Thread.sleep(200);
      job = JSON.readTree(send("GET", "/v1/jobs/" + jobId, null).body());
    }
    assertThat(job.path("status").asString()).isEqualTo("succeeded");
    String reportId = job.path("reportId").asString();
    HttpResponse<String> pdf = send("GET", "/v1/reports/" + reportId + ".pdf", null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");

    JsonNode health = JSON.readTree(send("GET", "/actuator/health", null).body());
    assertThat(health.path("components").path("reportEngine").path("status").asString())
        .isEqualTo("UP");
    String metric = "/actuator/metrics/report.jobs.ended?tag=status:succeeded";
    JsonNode ended = JSON.readTree(send("GET", metric, null).body());
    assertThat(ended.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
    assertThat(send("GET", "/v1/openapi.json", null).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return http.send(
        request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
  }
}
