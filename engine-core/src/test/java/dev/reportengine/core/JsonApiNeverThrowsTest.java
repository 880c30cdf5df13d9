package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.junit.jupiter.api.Test;

/**
 * The JSON facade answers every input with an {@link ApiResponse}: bad input is a 4xx, a broken
 * store or a bug 500 {@code internal} whose body names no host path; it never throws.
 */
class JsonApiNeverThrowsTest {

  private static final String VALID =
      """
      {"media": {"mediaId": "call-1"},
       "output": {"template": "general_report"},
       "target": {"strategy": "dominant"},
       "idempotencyKey": "key-1"}
      """;

  /** An in-memory store whose reads can be made to fail, as a broken disk would. */
  static final class BreakableStore implements ReportStore {
    final ReportStore inner = ReportStores.inMemory();
    volatile boolean broken;

    private void check() {
      if (broken) {
        throw new UncheckedIOException(
            new java.io.IOException("/var/lib/host/secret/store/reports/x.json: I/O error"));
      }
    }

    @Override
    public void saveJob(JobSnapshot job) {
      inner.saveJob(job);
    }

    @Override
    public Optional<JobSnapshot> job(String jobId) {
      check();
      return inner.job(jobId);
    }

    @Override
    public dev.reportengine.api.JobPage jobs(dev.reportengine.api.JobQuery query) {
      check();
      return inner.jobs(query);
    }

    @Override
    public void saveRequest(String jobId, CreateReportJobRequest request) {
      inner.saveRequest(jobId, request);
    }

    @Override
    public Optional<CreateReportJobRequest> request(String jobId) {
      check();
      return inner.request(jobId);
    }

    @Override
    public void saveReport(Report report) {
      inner.saveReport(report);
    }

    @Override
    public Optional<Report> report(String reportId) {
      check();
      return inner.report(reportId);
    }

    @Override
    public void saveArtifact(String reportId, String mediaType, byte[] bytes) {
      inner.saveArtifact(reportId, mediaType, bytes);
    }

    @Override
    public Optional<byte[]> artifact(String reportId, String mediaType) {
      check();
      return inner.artifact(reportId, mediaType);
    }

    @Override
    public void saveIdempotency(IdempotencyRecord record) {
      inner.saveIdempotency(record);
    }

    @Override
    public Optional<IdempotencyRecord> idempotency(String key) {
      check();
      return inner.idempotency(key);
    }
  }

  private final ManualExecutor executor = new ManualExecutor();
  private final BreakableStore store = new BreakableStore();
  private final ReportEngine engine =
      ReportEngine.builder()
          .executor(executor)
          .parallelism(1)
          .store(store)
          .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
          .build();
  private final JsonApi api = engine.api();

  @AfterProperty
  @org.junit.jupiter.api.AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  @Test
  void answersANullBodyWith400() {
    ApiResponse r = api.createJob(null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json()).contains("invalid_request");
  }

  @Test
  void answersANumberTooLargeForAnyTypeWith400() {
    ApiResponse r =
        api.createJob(
            VALID.replace("\"idempotencyKey\": \"key-1\"", "\"timeoutSec\": 1e2147483648"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json()).contains("invalid_request").contains("out of range").contains("at line");
  }

  @Test
  void answersABrokenStoreWith500InternalNamingNoHostPath() {
    ApiResponse created = api.createJob(VALID);
    executor.runAll();
    assertThat(created.status()).isEqualTo(202);
    store.broken = true;

    for (ApiResponse r :
        List.of(
            api.createJob(VALID),
            api.getJob("job_1"),
            api.getReport("rep_1"),
            api.getReportByJob("job_1"),
            api.getReportPdf("rep_1"),
            api.listJobs("status=failed"),
            api.cancelJob("job_1"),
            api.getWebhookDeliveries("job_1"))) {
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json())
          .contains("\"internal\"")
          .doesNotContain("/var/lib")
          .doesNotContain("at ");
    }
  }

  @Property
  void everyEndpointAnswersArbitraryText(@ForAll("text") String any) {
    for (ApiResponse r :
        List.of(
            api.createJob(any),
            api.getJob(any),
            api.getReport(any),
            api.getReportByJob(any),
            api.getReportPdf(any),
            api.listJobs(any),
            api.cancelJob(any),
            api.getWebhookDeliveries(any),
            api.handle("GET", any, any),
            api.handle(any, "/v1/reports/jobs", any))) {
      assertThat(r).isNotNull();
      assertThat(r.status()).isBetween(200, 599);
    }
  }

  @Property
  void createJobAnswersEveryMutationOfAValidBody(@ForAll("mutatedBodies") String body) {
    ApiResponse r = api.createJob(body);

    assertThat(r.status()).isIn(202, 400, 409, 429);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789eE.-+ ").ofMaxLength(200),
        Arbitraries.of(
            "null",
            "1e2147483648",
            "[".repeat(5000),
            "{\"media\": 1e-2147483648}",
            "\uFEFF{}",
            "\u0000",
            "/v1/jobs/../../etc/passwd"));
  }

  @Provide
  Arbitrary<String> mutatedBodies() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.of(
                "1e2147483648", "-0", "NaN", "null", "[]", "{}", "\"\\ud800\"", "9".repeat(400)));
    return Combinators.combine(at, at, insert)
        .as(
            (a, b, text) ->
                VALID.substring(0, Math.min(a, b)) + text + VALID.substring(Math.max(a, b)));
  }
}
