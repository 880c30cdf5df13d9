package dev.reportengine.core;

import static dev.reportengine.core.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reportengine.api.CreateReportJobRequest;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.OnMiss;
import dev.reportengine.api.OutputSpec;
import dev.reportengine.api.TargetSpec;
import dev.reportengine.api.TargetStrategy;
import dev.reportengine.api.Template;
import dev.reportengine.api.TimeRange;
import dev.reportengine.api.Violation;
import dev.reportengine.api.Webhook;
import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractJsonRequestReadingTest {
  private final ContractJson json = ContractJson.create();

  @Test
  void doesDecodeEveryFieldWhenRequestIsValid() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("max_quotes", JsonValue.of(3));
    params.put("include_metrics", JsonValue.of(true));
    CreateReportJobRequest expected =
        new CreateReportJobRequest(
            "call-42",
            new OutputSpec(Template.GENERAL_REPORT, params),
            TargetSpec.magicHint("the seller").withOnMiss(OnMiss.FALLBACK_DOMINANT),
            Optional.of("Discovery call"),
            Optional.of("Maria"),
            Optional.of(new Webhook("https://hooks.example.com/reports", Map.of("X-Token", "abc"))),
            Optional.of("key-1"));

    assertThat(json.readRequest(RequestJson.BASE, RULES)).isEqualTo(expected);
  }

  @Test
  void doesDefaultOnMissToErrorWhenOmitted() {
    String body = RequestJson.base().without("/target/on_miss").toString();

    assertThat(json.readRequest(body, RULES).target().onMiss()).isEqualTo(OnMiss.ERROR);
  }

  @Test
  void doesAcceptNullsWhenSchemaAllowsThem() {
    String body =
        RequestJson.base()
            .with("/target/strategy", "\"timerange\"")
            .with("/target/hint", "null")
            .with("/target/entity_id", "null")
            .with("/target/timerange", "{\"start_seconds\": null, \"end_seconds\": 30.5}")
            .toString();

    TargetSpec target = json.readRequest(body, RULES).target();

    assertThat(target)
        .isEqualTo(
            new TargetSpec(
                TargetStrategy.TIMERANGE,
                OnMiss.FALLBACK_DOMINANT,
                Optional.of(TimeRange.until(30.5)),
                Optional.empty(),
                Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dominant|{\"strategy\": \"dominant\", \"timerange\": null}",
        "timerange|{\"strategy\": \"timerange\", \"timerange\": {\"start_seconds\": 0, \"end_seconds\": 0}}",
        "entity_id|{\"strategy\": \"entity_id\", \"entity_id\": \"spk_1\", \"hint\": null}",
        "magic_hint|{\"strategy\": \"magic_hint\", \"hint\": \"whoever spoke at 12:30\"}"
      })
  void doesAcceptEveryStrategyWhenItsFieldIsGiven(String strategy, String target) {
    String body = RequestJson.base().with("/target", target).toString();

    assertThat(json.readRequest(body, RULES).target().strategy().wireName()).isEqualTo(strategy);
  }

  @Test
  void doesAcceptIntegralDecimalWhenParameterIsInteger() {
    String body = RequestJson.base().with("/output/templateParams/max_quotes", "10.0").toString();

    assertThat(json.readRequest(body, RULES).output().templateParams())
        .containsEntry("max_quotes", JsonValue.of(10));
  }

  @Test
  void doesKeepExactDecimalsWhenParameterIsNumber() {
    String body =
        RequestJson.base()
            .with("/output/templateParams/min_confidence", "0.1000000000000000000000001")
            .toString();

    assertThat(json.readRequest(body, RULES).output().templateParams().get("min_confidence"))
        .isEqualTo(new JsonValue.JsonNumber(new BigDecimal("0.1000000000000000000000001")));
  }

  @Test
  void doesCountCodePointsWhenCheckingLengths() {
    String sixtyFourEmoji = "\"" + "😀".repeat(64) + "\"";
    String body = RequestJson.base().with("/label", sixtyFourEmoji).toString();

    assertThat(json.readRequest(body, RULES).label()).contains("😀".repeat(64));
  }

  @Test
  void doesGiveLineAndColumnWhenJsonIsInvalid() {
    String body = "{\n  \"media\": {\"mediaId\": \"a\"},\n  \"output\": tru\n}";

    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .extracting(Violation::message)
                    .asString()
                    .startsWith("invalid JSON at line 3, column"));
  }

  @Test
  void doesRefuseBodyWithoutParsingWhenLargerThanLimit() {
    String body = "{\"label\": \"" + "é".repeat(60) + "\" this is not even JSON";

    assertThatThrownBy(() -> json.readRequest(body, RULES, 100))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple("", "too_large")));
  }

  @Test
  void doesReadBodyWhenWithinLimit() {
    assertThat(json.readRequest(RequestJson.BASE, RULES, RequestJson.BASE.length()).mediaId())
        .isEqualTo("call-42");
  }

  @Test
  void doesCapViolationsWhenThereAreTooMany() {
    RequestJson body = RequestJson.base();
    for (int i = 0; i < 150; i++) {
      body.with("/unknown_" + i, "1");
    }

    assertThatThrownBy(() -> json.readRequest(body.toString(), RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.violations()).hasSize(100);
              assertThat(e.violations().get(99))
                  .isEqualTo(
                      new Violation(
                          "",
                          "too_many_violations",
                          "51 more violations were not listed; at most 100 are reported"));
            });
  }

  @Test
  void doesNameFieldAndListAcceptedValuesWhenEnumIsWrong() {
    String body = RequestJson.base().with("/target/strategy", "\"loudest\"").toString();

    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::message)
                    .containsExactly(
                        "target.strategy must be one of: dominant, timerange, entity_id,"
                            + " magic_hint; got \"loudest\""));
  }

  @Test
  void doesListAvailableTemplatesSortedWhenTemplateIsNotRegistered() {
    String body = RequestJson.base().with("/output/template", "\"hiring_report\"").toString();

    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::message)
                    .containsExactly(
                        "template hiring_report is not available in this engine; available:"
                            + " general_report, profile_alignment, sales_playbook"));
  }

  @Test
  void doesListAcceptedKeysWhenParameterIsUnknown() {
    String body = RequestJson.base().with("/output/templateParams/colour", "1").toString();

    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::message)
                    .containsExactly(
                        "unknown parameter \"colour\" for template general_report; accepted:"
                            + " include_metrics, max_quotes, min_confidence, tone"));
  }
}
