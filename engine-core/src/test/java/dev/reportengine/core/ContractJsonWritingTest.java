package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.CreateReportJobResponse;
import dev.reportengine.api.ErrorCode;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.JobStage;
import dev.reportengine.api.JobStatus;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractJsonWritingTest {
  private final ContractJson json = ContractJson.create();

  @Test
  void doesConformToReportSchemaWhenReportIsFull() {
    ContractSchemas.assertValid("report.schema.json", json.writeReport(Fixtures.fullReport()));
  }

  @Test
  void doesConformToReportSchemaWhenReportIsMinimal() {
    ContractSchemas.assertValid("report.schema.json", json.writeReport(Fixtures.minimalReport()));
  }

  @Test
  void doesWriteEntityLabelAsNullWhenUnknown() {
    assertThat(json.writeReport(Fixtures.fullReport()))
        .contains("\"entity\": {\n    \"id\": \"spk_0\",\n    \"label\": null\n  }");
  }

  @Test
  void doesWriteTemplateUnderOutputWhenWritingReport() {
    assertThat(json.writeReport(Fixtures.minimalReport()))
        .isEqualTo(
            """
            {
              "id": "rep_2",
              "createdAt": "2024-05-01T12:00:00.123456789Z",
              "media": {},
              "output": {
                "template": "sales_playbook"
              }
            }""");
  }

  @Test
  void doesWriteNumbersWithoutExponentWhenTheyAreModest() {
    JsonValue value =
        JsonValue.array(
            List.of(
                new JsonValue.JsonNumber(new BigDecimal("1000")),
                new JsonValue.JsonNumber(new BigDecimal("1.50")),
                JsonValue.of(0.1),
                new JsonValue.JsonNumber(new BigDecimal("1e400"))));

    assertThat(json.writeValue(value)).isEqualTo("[\n  1000,\n  1.5,\n  0.1,\n  1E+400\n]");
  }

  @Test
  void doesRefuseRelativeLinkWhenWritingReport() {
    Report report = Fixtures.minimalReport();
    Report relative = report.toBuilder().pdfUrl(URI.create("r.pdf")).build();

    assertThatThrownBy(() -> json.writeReport(relative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pdfUrl must be an absolute URI, got r.pdf");
  }

  @Test
  void doesWriteResponseInSchemaOrderWhenAllMembersPresent() {
    String written =
        json.writeResponse(
            new CreateReportJobResponse(
                "job_1",
                JobStatus.RUNNING,
                Optional.of(JobStage.LOAD_MEDIA),
                OptionalDouble.of(2)));

    assertThat(written)
        .isEqualTo(
            """
            {
              "jobId": "job_1",
              "status": "running",
              "stage": "load_media",
              "estimatedWaitSec": 2
            }""");
    ContractSchemas.assertValid("create-report-job.response.schema.json", written);
  }

  @Test
  void doesConformToResponseSchemaWhenOptionalsAreAbsent() {
    ContractSchemas.assertValid(
        "create-report-job.response.schema.json",
        json.writeResponse(
            new CreateReportJobResponse(
                "job_1", JobStatus.QUEUED, Optional.empty(), OptionalDouble.empty())));
  }

  @Test
  void doesConformToRequestSchemaWhenRequestIsWritten() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of(
            "m", Template.HIRING_REPORT, TargetSpec.timerange(TimeRange.until(9)));

    ContractSchemas.assertValid(
        "create-report-job.request.schema.json", json.writeRequest(request));
  }

  @Test
  void doesRefuseNonFiniteBoundWhenWritingRequest() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of(
            "m",
            Template.SALES_PLAYBOOK,
            TargetSpec.timerange(TimeRange.until(Double.POSITIVE_INFINITY)));

    assertThatThrownBy(() -> json.writeRequest(request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  @ParameterizedTest
  @MethodSource("dev.reportengine.core.Fixtures#jobs")
  void doesConformToJobSchemaWhenJobIsWritten(JobSnapshot job) {
    ContractSchemas.assertValid("job.schema.json", json.writeJob(job));
  }

  @Test
  void doesWriteJobInDocumentedOrderWhenJobFailed() {
    assertThat(json.writeJob(Fixtures.jobs().get(3)))
        .isEqualTo(
            """
            {
              "jobId": "job_f",
              "status": "failed",
              "stage": "load_media",
              "progress": 0.1,
              "createdAt": "2024-05-01T12:00:00.123456789Z",
              "startedAt": "2024-05-01T12:00:02.123456789Z",
              "finishedAt": "2024-05-01T12:00:09.123456789Z",
              "error": {
                "code": "media_not_found",
                "message": "no media [call-9]"
              }
            }""");
  }

  @Test
  void doesRefuseNonFiniteWaitWhenWritingJob() {
    JobSnapshot job =
        JobSnapshot.builder()
            .jobId("j")
            .status(JobStatus.QUEUED)
            .createdAt(Fixtures.CREATED)
            .estimatedWaitSec(Double.NaN)
            .build();

    assertThatThrownBy(() -> json.writeJob(job))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("estimatedWaitSec must be a finite number, got NaN");
  }

  @Test
  void doesWriteErrorBodyWithViolationsWhenRequestWasInvalid() {
    InvalidRequestException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidRequestException.class,
            () -> json.readRequest("{\"media\": {}}", Fixtures.RULES));

    String body = json.writeError(e.code(), "the request is invalid", e.violations());

    ContractSchemas.assertValid("error.schema.json", body);
    assertThat(body)
        .startsWith(
            """
            {
              "error": {
                "code": "invalid_request",
                "message": "the request is invalid",
                "violations": [
                  {
                    "pointer": "/media/mediaId",
                    "code": "required",
                    "message": "media.mediaId is required"
                  },""");
  }

  @Test
  void doesOmitViolationsWhenThereAreNone() {
    String body = json.writeError(ErrorCode.OVERLOADED, "queue is full", List.of());

    assertThat(body)
        .isEqualTo(
            """
            {
              "error": {
                "code": "overloaded",
                "message": "queue is full"
              }
            }""");
    ContractSchemas.assertValid("error.schema.json", body);
  }

  @Test
  void doesWriteSameTextWhenEqualValuesAreWritten() {
    Violation violation = new Violation("/a~1b", "unknown_field", "unknown field \"a/b\"");

    assertThat(json.writeError(ErrorCode.INVALID_REQUEST, "m", List.of(violation)))
        .isEqualTo(json.writeError(ErrorCode.INVALID_REQUEST, "m", List.of(violation)));
    assertThat(json.writeValue(JsonValue.object(Map.of("k", JsonValue.of(1)))))
        .isEqualTo("{\n  \"k\": 1\n}");
  }
}
