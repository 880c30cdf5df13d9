package dev.reportengine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobPage;
import dev.reportengine.api.JobQuery;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.IdempotencyRecord;
import dev.reportengine.api.spi.ReportStore;
import dev.reportengine.core.StoreJson;
import dev.reportengine.testkit.ReportStoreContract;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite against PostgreSQL: one embedded server for the class, the schema migrated
 * once, the tables emptied before each test; plus what this store adds.
 */
class PostgresReportStoreContractTest extends ReportStoreContract {

  private static EmbeddedDatabase db;

  @BeforeAll
  static void startDatabase() {
    db = EmbeddedDatabase.start(4);
    PostgresMigrations.apply(db.dataSource());
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @Override
  protected ReportStore newStore() {
    db.truncate();
    return new PostgresReportStore(db.dataSource());
  }

  @Test
  void isDurable() {
    assertThat(store.isDurable()).isTrue();
  }

  @Test
  void doesReadWhatAnotherStoreOnTheSameDatabaseSaved() {
    store.saveJob(queued("job_1", T0));
    store.saveReport(fullReport());
    store.saveArtifact("rep_1", "application/pdf", new byte[] {0, 1, 2, (byte) 0xFF});

    ReportStore other = new PostgresReportStore(db.dataSource());

    assertThat(other.job("job_1")).contains(queued("job_1", T0));
    assertThat(other.report("rep_1")).contains(fullReport());
    assertThat(other.artifact("rep_1", "application/pdf")).hasValue(new byte[] {0, 1, 2, -1});
  }

  @Test
  void doesOrderJobsByCreationTimeBeyondMicroseconds() {
    // PostgreSQL keeps microseconds; these differ in nanoseconds only, and one rounds up.
    store.saveJob(queued("job_a", T0.plusNanos(999_999_600)));
    store.saveJob(queued("job_b", T0.plusNanos(999_999_500)));
    store.saveJob(queued("job_c", T0.plusSeconds(1).plusNanos(100)));
    store.saveJob(queued("job_d", T0.plusSeconds(1)));

    List<String> ids = new java.util.ArrayList<>();
    JobQuery query = JobQuery.all().withLimit(1);
    JobPage page = store.jobs(query);
    ids.addAll(page.jobs().stream().map(JobSnapshot::jobId).toList());
    while (page.nextCursor().isPresent()) {
      page = store.jobs(query.withCursor(page.nextCursor().get()));
      ids.addAll(page.jobs().stream().map(JobSnapshot::jobId).toList());
    }

    assertThat(ids).containsExactly("job_c", "job_d", "job_a", "job_b");
    assertThat(store.job("job_a").orElseThrow().createdAt()).isEqualTo(T0.plusNanos(999_999_600));
  }

  @Test
  void doesKeepTheMemberOrderAndTextOfAReport() {
    Map<String, JsonValue> metrics = new LinkedHashMap<>();
    metrics.put("zeta", JsonValue.of(1));
    metrics.put("alpha", JsonValue.of(2));
    metrics.put("mid", JsonValue.of(3));
    Report full = fullReport();
    Report report = full.toBuilder().metrics(metrics).build();
    store.saveReport(report);

    StoreJson json = StoreJson.create();
    assertThat(json.encode(store.report(report.id()).orElseThrow())).isEqualTo(json.encode(report));
  }

  @Test
  void doesKeepTextWithANulCharacter() {
    // PostgreSQL text cannot hold U+0000 and jsonb refuses the escape \u0000; json keeps it.
    CreateReportJobRequest request = fullRequest();
    CreateReportJobRequest withNul =
        new CreateReportJobRequest(
            request.mediaId(),
            request.output(),
            request.target(),
            Optional.of("a\u0000b"),
            request.entityLabel(),
            request.webhook(),
            request.idempotencyKey());
    JobSnapshot failed = ended(queued("job_1", T0), JobStatus.FAILED);
    JobSnapshot withNulError =
        failed.toBuilder()
            .error(new JobError(ErrorCode.TARGET_NOT_FOUND, "no \u0000 speaker"))
            .build();

    Report minimal = minimalReport();
    Report reportWithNul = minimal.toBuilder().summary("said \u0000 here").build();

    store.saveRequest("job_1", withNul);
    store.saveJob(withNulError);
    store.saveReport(reportWithNul);

    assertThat(store.request("job_1")).contains(withNul);
    assertThat(store.job("job_1")).contains(withNulError);
    assertThat(store.report(minimal.id())).contains(reportWithNul);
  }

  @Test
  void doesLetOnlyTheFirstWriterOfAnIdempotencyKeyWin() {
    PostgresReportStore pg = (PostgresReportStore) store;
    IdempotencyRecord first =
        new IdempotencyRecord(
            "k", "a".repeat(64), "job_1", T0.plusNanos(1), Instant.parse("2026-03-02T10:00:00Z"));
    IdempotencyRecord second =
        new IdempotencyRecord(
            "k", "b".repeat(64), "job_2", T0, Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(pg.saveIdempotencyIfAbsent(first)).isEqualTo(first);
    assertThat(pg.saveIdempotencyIfAbsent(second)).isEqualTo(first);
    assertThat(pg.idempotency("k")).contains(first);
  }

  @Test
  void doesReplaceAnExpiredIdempotencyRecordWithTheFirstNewWriter() {
    PostgresReportStore pg = (PostgresReportStore) store;
    IdempotencyRecord old =
        new IdempotencyRecord("k", "a".repeat(64), "job_1", T0, T0.plusSeconds(60));
    IdempotencyRecord fresh =
        new IdempotencyRecord(
            "k", "b".repeat(64), "job_2", T0.plusSeconds(60), T0.plusSeconds(120));
    IdempotencyRecord late =
        new IdempotencyRecord(
            "k", "c".repeat(64), "job_3", T0.plusSeconds(61), T0.plusSeconds(121));

    assertThat(pg.saveIdempotencyIfAbsent(old)).isEqualTo(old);
    assertThat(pg.saveIdempotencyIfAbsent(fresh)).isEqualTo(fresh);
    assertThat(pg.saveIdempotencyIfAbsent(late)).isEqualTo(fresh);
    assertThat(pg.idempotency("k")).contains(fresh);
  }

  @Test
  void doesRefuseACursorWithANulCharacterAsNotItsOwn() {
    String cursor =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "2026-03-01T10:00:00Z|job\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> store.jobs(JobQuery.all().withCursor(cursor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor [");
  }
}
