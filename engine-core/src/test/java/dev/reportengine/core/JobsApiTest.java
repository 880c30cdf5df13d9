package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The jobs endpoints of the JSON facade: list, cancel, conflicts and overload. */
class JobsApiTest {

  private static final String VALID =
      """
      {"media": {"mediaId": "call-1"},
       "output": {"template": "general_report"},
       "target": {"strategy": "dominant"}}
      """;

  private final ManualExecutor executor = new ManualExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final ReportEngine engine =
      ReportEngine.builder()
          .executor(executor)
          .eventExecutor(Runnable::run)
          .parallelism(1)
          .clock(clock)
          .limits(EngineLimits.DEFAULTS.withMaxQueuedJobs(5))
          .ids(() -> String.format("%03d", ids.incrementAndGet()))
          .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
          .build();
  private final JsonApi api = engine.api();
  private final ContractJson json = ContractJson.create();

  @AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  private String create() {
    clock.advance(Duration.ofSeconds(1));
    ApiResponse r = api.handle("POST", "/v1/reports/jobs", VALID);
    assertThat(r.status()).isEqualTo(202);
    return string(json.readValue(r.json()), "jobId");
  }

  private static String string(JsonValue value, String member) {
    return ((JsonValue.JsonString) ((JsonValue.JsonObject) value).get(member).orElseThrow())
        .value();
  }

  private List<String> jobIds(ApiResponse page) {
    JsonValue.JsonArray jobs =
        (JsonValue.JsonArray)
            ((JsonValue.JsonObject) json.readValue(page.json())).get("jobs").orElseThrow();
    List<String> out = new ArrayList<>();
    jobs.elements().forEach(j -> out.add(string(j, "jobId")));
    return out;
  }

  @Test
  void doesListJobsNewestFirstInPagesThatFollowTheSchema() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create());
    }

    ApiResponse first = api.handle("GET", "/v1/jobs?limit=2", null);
    assertThat(first.status()).isEqualTo(200);
    ContractSchemas.assertValid("job-list.schema.json", first.json());
    assertThat(jobIds(first)).containsExactly(created.get(4), created.get(3));
    String cursor = string(json.readValue(first.json()), "nextCursor");

    ApiResponse second = api.handle("GET", "/v1/jobs?limit=2&cursor=" + cursor, null);
    assertThat(jobIds(second)).containsExactly(created.get(2), created.get(1));
    ApiResponse last =
        api.listJobs("limit=2&cursor=" + string(json.readValue(second.json()), "nextCursor"));
    assertThat(jobIds(last)).containsExactly(created.get(0));
    assertThat(last.json()).doesNotContain("nextCursor");
  }

  @Test
  void doesFilterByStatusRepeatedOrCommaSeparated() {
    String canceled = create();
    String queued = create();
    api.handle("POST", "/v1/jobs/" + canceled + "/cancel", null);

    assertThat(jobIds(api.listJobs("status=canceled"))).containsExactly(canceled);
    assertThat(jobIds(api.listJobs("status=queued,canceled"))).containsExactly(queued, canceled);
    assertThat(jobIds(api.listJobs("status=queued&status=canceled")))
        .containsExactly(queued, canceled);
    assertThat(jobIds(api.listJobs("status=failed"))).isEmpty();
  }

  @Test
  void doesAnswer400NamingTheParameterForABadQuery() {
    for (String query :
        List.of("status=done", "limit=0", "limit=1001", "limit=x", "sort=asc", "cursor=%21%21")) {
      ApiResponse r = api.listJobs(query);
      assertThat(r.status()).as(query).isEqualTo(400);
      ContractSchemas.assertValid("error.schema.json", r.json());
    }
    assertThat(api.listJobs("status=done").json()).contains("status [done]").contains("canceled");
    assertThat(api.listJobs("sort=asc").json()).contains("[sort]");
  }

  @Test
  void doesCancelAQueuedJobAndAnswerWithItsSnapshot() {
    String jobId = create();

    ApiResponse r = api.handle("POST", "/v1/jobs/" + jobId + "/cancel", null);

    assertThat(r.status()).isEqualTo(200);
    ContractSchemas.assertValid("job.schema.json", r.json());
    assertThat(r.json()).contains("\"canceled\"");
    executor.runAll();
    assertThat(api.getJob(jobId).json()).contains("\"canceled\"");
    assertThat(api.handle("POST", "/v1/jobs/job_none/cancel", null).status()).isEqualTo(404);
    assertThat(api.handle("GET", "/v1/jobs/" + jobId + "/cancel", null).status()).isEqualTo(405);
  }

  @Test
  void doesAnswer409NamingTheKeyForAnIdempotencyConflict() {
    String body = VALID.replace("{\"media\"", "{\"idempotencyKey\": \"order-7\", \"media\"");
    ApiResponse first = api.createJob(body);
    ApiResponse again = api.createJob(body);
    ApiResponse other =
        api.createJob(body.replace("dominant", "entity_id\", \"entity_id\": \"sam"));

    assertThat(again.status()).isEqualTo(202);
    assertThat(string(json.readValue(again.json()), "jobId"))
        .isEqualTo(string(json.readValue(first.json()), "jobId"));
    assertThat(other.status()).isEqualTo(409);
    ContractSchemas.assertValid("error.schema.json", other.json());
    assertThat(other.json()).contains("\"idempotency_conflict\"").contains("[order-7]");
  }

  @Test
  void doesAnswer429WithRetryAfterWhenTheQueueIsFull() {
    for (int i = 0; i < 5; i++) {
      create();
    }

    ApiResponse r = api.createJob(VALID);

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.headers()).containsEntry("Retry-After", "1");
    ContractSchemas.assertValid("error.schema.json", r.json());
    assertThat(
            ((JsonValue.JsonObject)
                    ((JsonValue.JsonObject) json.readValue(r.json())).get("error").orElseThrow())
                .get("retryAfterSec"))
        .contains(JsonValue.of(1));
  }

  @Test
  void doesKeepTheListSchemaJobDefinitionEqualToTheJobSchema() throws IOException {
    JsonValue.JsonObject job = schema("job.schema.json");
    JsonValue.JsonObject list = schema("job-list.schema.json");
    Map<String, JsonValue> expected = new java.util.LinkedHashMap<>(job.members());
    expected.remove("$schema");
    expected.remove("title");

    JsonValue.JsonObject defs = (JsonValue.JsonObject) list.get("$defs").orElseThrow();
    assertThat(defs.get("job")).contains(JsonValue.object(expected));
  }

  private JsonValue.JsonObject schema(String name) throws IOException {
    try (var in = getClass().getResourceAsStream("/contracts/engine/" + name)) {
      return (JsonValue.JsonObject)
          json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
