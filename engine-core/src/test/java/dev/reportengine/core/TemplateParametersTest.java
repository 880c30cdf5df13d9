package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.Report;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in templates' parameter specs, checked at submit by the real engine with discovered
 * templates: bad structured parameters are rejected with every violation and its exact pointer, and
 * nothing is queued.
 */
class TemplateParametersTest {

  private static final String P = "/output/templateParams";

  private final ManualExecutor executor = new ManualExecutor();
  private final AtomicInteger ids = new AtomicInteger();
  private final ReportEngine engine =
      ReportEngine.builder()
          .executor(executor)
          .parallelism(1)
          .clock(new MutableClock(Instant.parse("2026-01-02T03:04:05Z")))
          .ids(() -> String.valueOf(ids.incrementAndGet()))
          .mediaSource(MediaSources.inMemory(List.of(TestMedia.salesCall())))
          .build();

  @AfterEach
  void close() {
    engine.close(Duration.ZERO);
  }

  private static CreateReportJobRequest request(Template template, String paramsJson) {
    JsonValue.JsonObject params =
        (JsonValue.JsonObject) ContractJson.create().readValue(paramsJson);
    return new CreateReportJobRequest(
        "call-1",
        new OutputSpec(template, params.members()),
        TargetSpec.dominant(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private List<String> violations(CreateReportJobRequest request) {
    List<String> out = new java.util.ArrayList<>();
    assertThatThrownBy(() -> engine.submit(request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> e.violations().forEach(v -> out.add(v.pointer() + " " + v.code())));
    assertThat(executor.pending()).isZero();
    return out;
  }

  @Test
  void rejectsProfileAlignmentWhenTheProfileIsMissing() {
    assertThat(violations(request(Template.PROFILE_ALIGNMENT, "{}")))
        .containsExactly(P + "/profile required");
  }

  @Test
  void rejectsEveryBadMemberOfAProfileItemWithItsPointer() {
    String params =
        """
        {"profile": [
          {"id": "java", "label": "Java", "keywords": ["java"]},
          {"label": "X", "keywords": [], "weight": 11, "type": "hobby", "colour": "red",
           "anti_keywords": ["ok", 3]}
        ]}
        """;

    assertThat(violations(request(Template.PROFILE_ALIGNMENT, params)))
        .containsExactlyInAnyOrder(
            P + "/profile/1/id required",
            P + "/profile/1/keywords parameter_range",
            P + "/profile/1/weight parameter_range",
            P + "/profile/1/type parameter_range",
            P + "/profile/1/colour unknown_parameter",
            P + "/profile/1/anti_keywords/1 parameter_type");
  }

  @Test
  void rejectsBadCompetencyAnchorsWithTheirPointers() {
    String params =
        """
        {"competencies": [
          {"id": "x", "label": "X", "keywords": ["a"],
           "anchors": [{"level": 7, "label": "L"}, {"label": "M", "indicators": [3]}]},
          {"id": "y", "keywords": "testing"}
        ]}
        """;

    assertThat(violations(request(Template.HIRING_REPORT, params)))
        .containsExactlyInAnyOrder(
            P + "/competencies/0/anchors/0/level parameter_range",
            P + "/competencies/0/anchors/1/level required",
            P + "/competencies/0/anchors/1/indicators/0 parameter_type",
            P + "/competencies/1/label required",
            P + "/competencies/1/keywords parameter_type");
  }

  @Test
  void rejectsBadSalesPlaybookParametersWithTheirPointers() {
    String params =
        """
        {"methodology": "sandler", "elements": [{"name": "Pain"}, {"name": 5, "phrases": []}],
         "competitors": "Acme"}
        """;

    assertThat(violations(request(Template.SALES_PLAYBOOK, params)))
        .containsExactlyInAnyOrder(
            P + "/methodology parameter_range",
            P + "/elements/0/phrases required",
            P + "/elements/1/name parameter_type",
            P + "/elements/1/phrases parameter_range",
            P + "/competitors parameter_type");
  }

  @Test
  void runsProfileAlignmentWhenTheProfileIsValid() {
    String params =
        """
        {"profile": [{"id": "pricing", "label": "Pricing", "type": "knowledge",
                      "keywords": ["price", "pricing", "budget"], "weight": 2.5}]}
        """;

    var job = engine.submit(request(Template.PROFILE_ALIGNMENT, params));
    executor.runAll();
    Report report = job.await(Duration.ofSeconds(1));

    assertThat(report.metrics().orElseThrow()).containsEntry("profile_item_count", JsonValue.of(1));
    assertThat(report.label()).isPresent();
  }
}
