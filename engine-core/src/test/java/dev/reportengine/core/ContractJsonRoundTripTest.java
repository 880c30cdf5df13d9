package dev.reportengine.core;

import static dev.reportengine.core.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.JobSnapshot;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractJsonRoundTripTest {
  private final ContractJson json = ContractJson.create();

  static Stream<CreateReportJobRequest> requests() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("tone", JsonValue.of("plain"));
    params.put("min_confidence", JsonValue.of(0.1));
    params.put("max_quotes", JsonValue.of(7));
    return Stream.of(
        CreateReportJobRequest.of("call-1", Template.SALES_PLAYBOOK, TargetSpec.dominant()),
        CreateReportJobRequest.of(
                "call-2",
                Template.GENERAL_REPORT,
                TargetSpec.timerange(TimeRange.of(0.1, 1e300)).withOnMiss(OnMiss.FALLBACK_DOMINANT))
            .withOutput(new OutputSpec(Template.GENERAL_REPORT, params))
            .withLabel("Label ✓")
            .withEntityLabel("Sarah from Acme")
            .withWebhook(
                new Webhook(
                    "https://hooks.example.com/r?x=1",
                    Map.of("X-B", "2", "X-A", "1", "Authorization", "Bearer t")))
            .withIdempotencyKey("idem-1"),
        CreateReportJobRequest.of(
                "call-3", Template.PROFILE_ALIGNMENT, TargetSpec.timerange(TimeRange.from(12.75)))
            .withOutput(
                new OutputSpec(
                    Template.PROFILE_ALIGNMENT,
                    Map.of(
                        "profile",
                        JsonValue.array(
                            List.of(
                                JsonValue.JsonObject.builder()
                                    .put("id", "sql")
                                    .put("weight", 2.5)
                                    .put(
                                        "keywords",
                                        JsonValue.array(List.of(JsonValue.of("postgres"))))
                                    .build()))))),
        CreateReportJobRequest.of("call-4", Template.SALES_PLAYBOOK, TargetSpec.entityId("spk_2")),
        CreateReportJobRequest.of(
            "call-5", Template.SALES_PLAYBOOK, TargetSpec.magicHint("the second speaker")));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void doesReadBackEqualRequestWhenWritten(CreateReportJobRequest request) {
    assertThat(json.readRequest(json.writeRequest(request), RULES)).isEqualTo(request);
  }

  @Test
  void doesReadBackEqualReportWhenReportUsesEveryContentKind() {
    Report report = Fixtures.fullReport();

    assertThat(json.readReport(json.writeReport(report))).isEqualTo(report);
  }

  @Test
  void doesReadBackEqualReportWhenReportHasOnlyRequiredMembers() {
    Report report = Fixtures.minimalReport();

    assertThat(json.readReport(json.writeReport(report))).isEqualTo(report);
  }

  @Test
  void doesWriteSameBytesWhenReportIsReadAndWrittenAgain() {
    String written = json.writeReport(Fixtures.fullReport());

    assertThat(json.writeReport(json.readReport(written))).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("dev.reportengine.core.Fixtures#jobs")
  void doesReadBackEqualJobWhenWritten(JobSnapshot job) {
    assertThat(json.readJob(json.writeJob(job))).isEqualTo(job);
  }

  @Test
  void doesKeepOrderAndExactNumbersWhenValueRoundTrips() {
    JsonValue value =
        JsonValue.JsonObject.builder()
            .put(
                "z",
                new JsonValue.JsonNumber(new BigDecimal("3.14159265358979323846264338327950288")))
            .put("a", JsonValue.array(List.of(JsonValue.of(-0.000001), JsonValue.of(1e21))))
            .put("m", JsonValue.NULL)
            .build();

    JsonValue read = json.readValue(json.writeValue(value));

    assertThat(read).isEqualTo(value);
    assertThat(((JsonValue.JsonObject) read).members().keySet()).containsExactly("z", "a", "m");
  }

  @Test
  void doesWriteWebhookHeadersSortedWhenMapOrderDiffers() {
    Webhook webhook = new Webhook("https://h.example.com", Map.of("b", "2", "c", "3", "a", "1"));
    String written =
        json.writeRequest(
            CreateReportJobRequest.of("m", Template.SALES_PLAYBOOK, TargetSpec.dominant())
                .withWebhook(webhook));

    assertThat(written).containsSubsequence("\"a\": \"1\"", "\"b\": \"2\"", "\"c\": \"3\"");
  }
}
