package dev.reportengine.core;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Sample jobs and requests for the store-specific tests. The same samples are in engine-testkit's
 * {@code ReportStoreContract}, which runs the store contract against both stores; engine-core's
 * tests cannot use it (engine-testkit depends on engine-core, and Maven refuses the cycle even at
 * test scope).
 */
final class StoreSamples {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private StoreSamples() {}

  static JobSnapshot queued(String id, Instant createdAt) {
    return JobSnapshot.builder()
        .jobId(id)
        .status(JobStatus.QUEUED)
        .createdAt(createdAt)
        .estimatedWaitSec(1.5)
        .build();
  }

  static JobSnapshot ended(JobSnapshot s, JobStatus status) {
    JobSnapshot.Builder ended =
        JobSnapshot.builder()
            .jobId(s.jobId())
            .status(status)
            .stage(JobStage.BUILD_REPORT)
            .progress(status == JobStatus.SUCCEEDED ? 1 : 0.5)
            .createdAt(s.createdAt())
            .startedAt(s.createdAt().plusSeconds(1))
            .finishedAt(s.createdAt().plusSeconds(3));
    return status == JobStatus.SUCCEEDED
        ? ended.reportId("rep_" + s.jobId()).build()
        : ended.error(new JobError(ErrorCode.TEMPLATE_FAILED, "failed \"badly\" ünï")).build();
  }

  static CreateReportJobRequest fullRequest() {
    return new CreateReportJobRequest(
        "call-ü",
        new OutputSpec(Template.GENERAL_REPORT, Map.of("max_quotes", JsonValue.of(3))),
        TargetSpec.magicHint("the seller").withOnMiss(OnMiss.FALLBACK_DOMINANT),
        Optional.of("Label"),
        Optional.of("Maria"),
        Optional.of(new Webhook("https://hooks.example.com/x", Map.of("X-Token", "secret"))),
        Optional.of("key-1"));
  }
}
