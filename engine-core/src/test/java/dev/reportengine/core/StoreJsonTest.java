package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.spi.IdempotencyRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoreJsonTest {

  private final StoreJson json = StoreJson.create();

  @Test
  void doesRoundTripEveryStoredValue() {
    JobSnapshot job =
        StoreSamples.ended(StoreSamples.queued("job_1", StoreSamples.T0), JobStatus.FAILED);
    Report report = ReportFixtures.everyBlockKind("ünï \"x\"");
    IdempotencyRecord key =
        new IdempotencyRecord(
            "key-ü",
            "ab".repeat(32),
            "job_1",
            Instant.parse("2026-03-01T10:00:00.123456789Z"),
            Instant.parse("2026-03-02T10:00:00Z"));

    assertThat(json.decodeJob(json.encode(job))).isEqualTo(job);
    assertThat(json.decodeRequest(json.encode(StoreSamples.fullRequest())))
        .isEqualTo(StoreSamples.fullRequest());
    assertThat(json.decodeReport(json.encode(report))).isEqualTo(report);
    assertThat(json.decodeIdempotency(json.encode(key))).isEqualTo(key);
  }

  @Test
  void doesRefuseTextThatIsNotTheValue() {
    assertThatThrownBy(() -> json.decodeIdempotency("[]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json.decodeRequest("{}")).isInstanceOf(IllegalArgumentException.class);
  }
}
