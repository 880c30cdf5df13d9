package dev.reportengine.core;

import static dev.reportengine.core.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Violation;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractJsonValidateTest {
  private final ContractJson json = ContractJson.create();

  @Test
  void doesFindNothingWhenJavaRequestIsValid() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of("call-42", Template.SALES_PLAYBOOK, TargetSpec.dominant())
            .withLabel("Weekly sync")
            .withWebhook(new Webhook("https://hooks.example.com/r", Map.of()));

    assertThat(json.validate(request, RULES)).isEmpty();
  }

  @Test
  void doesApplyRequestRulesWhenRequestIsBuiltInJava() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of(
                "", Template.HIRING_REPORT, TargetSpec.timerange(TimeRange.of(10, 5)))
            .withWebhook(new Webhook("ftp://files.example.com", Map.of()))
            .withIdempotencyKey("k".repeat(256));

    assertThat(json.validate(request, RULES))
        .extracting(Violation::pointer, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("/media/mediaId", "min_length"),
            tuple("/output/template", "template_not_available"),
            tuple("/target/timerange/start_seconds", "timerange_order"),
            tuple("/webhook/url", "scheme"),
            tuple("/idempotencyKey", "max_length"));
  }

  @Test
  void doesReportNumberRangeWhenTimeBoundIsNotFinite() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of(
            "call-42", Template.SALES_PLAYBOOK, TargetSpec.timerange(TimeRange.from(Double.NaN)));

    assertThat(json.validate(request, RULES))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/target/timerange/start_seconds", "number_range"));
  }

  @Test
  void doesCheckTemplateParamsWhenRequestIsBuiltInJava() {
    CreateReportJobRequest request =
        CreateReportJobRequest.of("call-42", Template.GENERAL_REPORT, TargetSpec.dominant())
            .withOutput(
                new OutputSpec(
                    Template.GENERAL_REPORT, Map.of("max_quotes", JsonValue.of("three"))));

    assertThat(json.validate(request, RULES))
        .extracting(Violation::pointer, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "/output/templateParams/max_quotes",
                "parameter_type",
                "output.templateParams.max_quotes must be an integer, got a string"));
  }

  @Test
  void doesReportNotApplicableWhenJavaRequestMixesStrategies() {
    TargetSpec target =
        new TargetSpec(
            TargetStrategy.DOMINANT,
            OnMiss.ERROR,
            Optional.empty(),
            Optional.empty(),
            Optional.of("spk_1"));
    CreateReportJobRequest request =
        CreateReportJobRequest.of("call-42", Template.SALES_PLAYBOOK, target);

    assertThat(json.validate(request, RULES))
        .extracting(Violation::pointer, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "/target/entity_id",
                "not_applicable",
                "target.entity_id is used only with target.strategy entity_id, but the strategy"
                    + " is dominant; remove it or set it to null"));
  }
}
