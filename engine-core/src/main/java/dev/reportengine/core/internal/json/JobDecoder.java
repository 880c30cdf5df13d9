package dev.reportengine.core.internal.json;

import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.JobError;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a job snapshot strictly against {@code docs/contracts/job.schema.json}. */
final class JobDecoder {
  private static final Pointer ROOT = Pointer.ROOT;
  private static final List<String> FIELDS =
      List.of(
          "jobId",
          "status",
          "stage",
          "progress",
          "createdAt",
          "startedAt",
          "finishedAt",
          "estimatedWaitSec",
          "reportId",
          "error");
  private static final List<String> STATUSES =
      Arrays.stream(JobStatus.values()).map(JobStatus::wireName).toList();
  private static final List<String> STAGES =
      Arrays.stream(JobStage.values()).map(JobStage::wireName).toList();
  private static final List<String> CODES =
      Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName).toList();

  private JobDecoder() {}

  static JobSnapshot decode(JsonNode node) {
    Violations violations = new Violations();
    FieldChecks checks = new FieldChecks(violations, "the job");
    Optional<ObjectNode> object = checks.object(node, ROOT);
    violations.throwIfAny();
    ObjectNode root = object.orElseThrow();
    checks.knownFields(root, ROOT, FIELDS);
    Optional<String> jobId =
        checks.required(root, ROOT, "jobId").flatMap(v -> checks.string(v, ROOT.child("jobId")));
    Optional<JobStatus> status =
        checks
            .required(root, ROOT, "status")
            .flatMap(v -> checks.oneOf(v, ROOT.child("status"), STATUSES))
            .map(name -> JobStatus.valueOf(name.toUpperCase(Locale.ROOT)));
    Optional<JobStage> stage =
        FieldChecks.member(root, "stage")
            .flatMap(v -> checks.oneOf(v, ROOT.child("stage"), STAGES))
            .map(name -> JobStage.valueOf(name.toUpperCase(Locale.ROOT)));
    Optional<BigDecimal> progress =
        checks
            .required(root, ROOT, "progress")
            .flatMap(
                v -> checks.number(v, ROOT.child("progress"), BigDecimal.ZERO, BigDecimal.ONE));
    Optional<Instant> createdAt =
        checks
            .required(root, ROOT, "createdAt")
            .flatMap(v -> FormatChecks.instant(checks, v, ROOT.child("createdAt")));
    Optional<Instant> startedAt =
        FieldChecks.member(root, "startedAt")
            .flatMap(v -> FormatChecks.instant(checks, v, ROOT.child("startedAt")));
    Optional<Instant> finishedAt =
        FieldChecks.member(root, "finishedAt")
            .flatMap(v -> FormatChecks.instant(checks, v, ROOT.child("finishedAt")));
    Optional<BigDecimal> wait =
        FieldChecks.member(root, "estimatedWaitSec")
            .flatMap(v -> checks.number(v, ROOT.child("estimatedWaitSec"), null, null));
    Optional<String> reportId =
        FieldChecks.member(root, "reportId").flatMap(v -> checks.string(v, ROOT.child("reportId")));
    Optional<JobError> error = FieldChecks.member(root, "error").flatMap(v -> error(v, checks));
    violations.throwIfAny();
    return JobSnapshot.builder()
        .jobId(jobId.orElseThrow())
        .status(status.orElseThrow())
        .stage(stage)
        .progress(progress.orElseThrow().doubleValue())
        .createdAt(createdAt.orElseThrow())
        .startedAt(startedAt)
        .finishedAt(finishedAt)
        .estimatedWaitSec(
            wait.map(w -> OptionalDouble.of(w.doubleValue())).orElse(OptionalDouble.empty()))
        .reportId(reportId)
        .error(error)
        .build();
  }

  private static Optional<JobError> error(JsonNode node, FieldChecks checks) {
    Pointer here = ROOT.child("error");
    return checks
        .object(node, here)
        .flatMap(
            error -> {
              checks.knownFields(error, here, List.of("code", "message"));
              Optional<ErrorCode> code =
                  checks
                      .required(error, here, "code")
                      .flatMap(v -> checks.oneOf(v, here.child("code"), CODES))
                      .map(name -> ErrorCode.valueOf(name.toUpperCase(Locale.ROOT)));
              Optional<String> message =
                  checks
                      .required(error, here, "message")
                      .flatMap(v -> checks.string(v, here.child("message")));
              return code.flatMap(c -> message.map(m -> new JobError(c, m)));
            });
  }
}
