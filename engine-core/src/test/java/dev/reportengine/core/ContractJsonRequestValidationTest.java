package dev.reportengine.core;

import static dev.reportengine.core.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.Violation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractJsonRequestValidationTest {
  private final ContractJson json = ContractJson.create();

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        // the whole body
        invalid("body is an array", "[1, 2]", "", "type"),
        invalid("body is a string", "\"hello\"", "", "type"),
        invalid(
            "syntax error",
            RequestJson.BASE.replace("\"media\": {", "\"media\" {"),
            "",
            "invalid_json"),
        invalid("truncated body", RequestJson.BASE.substring(0, 40), "", "invalid_json"),
        invalid(
            "duplicate key",
            RequestJson.BASE.replace(
                "\"label\": \"Discovery call\",",
                "\"label\": \"Discovery call\", \"label\": \"Again\","),
            "",
            "invalid_json"),
        invalid("content after the value", RequestJson.BASE + " {}", "", "invalid_json"),
        invalid("empty body", "  ", "", "invalid_json"),
        invalid(
            "nesting deeper than the limit",
            RequestJson.base()
                .with("/output/templateParams/tone", "[".repeat(300) + "]".repeat(300))
                .toString(),
            "",
            "invalid_json"),
        // root
        invalid(
            "unknown root field",
            RequestJson.base().with("/color", "\"red\"").toString(),
            "/color",
            "unknown_field"),
        invalid(
            "unknown root field with ~ and /",
            RequestJson.base().with("/a~1b~0c", "1").toString(),
            "/a~1b~0c",
            "unknown_field"),
        // media
        invalid(
            "media missing", RequestJson.base().without("/media").toString(), "/media", "required"),
        invalid(
            "media is a string",
            RequestJson.base().with("/media", "\"call-42\"").toString(),
            "/media",
            "type"),
        invalid(
            "unknown media field",
            RequestJson.base().with("/media/url", "\"https://x.example\"").toString(),
            "/media/url",
            "unknown_field"),
        invalid(
            "mediaId missing",
            RequestJson.base().without("/media/mediaId").toString(),
            "/media/mediaId",
            "required"),
        invalid(
            "mediaId is a number",
            RequestJson.base().with("/media/mediaId", "42").toString(),
            "/media/mediaId",
            "type"),
        invalid(
            "mediaId is null",
            RequestJson.base().with("/media/mediaId", "null").toString(),
            "/media/mediaId",
            "type"),
        invalid(
            "mediaId empty",
            RequestJson.base().with("/media/mediaId", "\"\"").toString(),
            "/media/mediaId",
            "min_length"),
        invalid(
            "mediaId 1025 chars",
            RequestJson.base().withLongString("/media/mediaId", 1025).toString(),
            "/media/mediaId",
            "max_length"),
        // output
        invalid(
            "output missing",
            RequestJson.base().without("/output").toString(),
            "/output",
            "required"),
        invalid(
            "unknown output field",
            RequestJson.base().with("/output/format", "\"pdf\"").toString(),
            "/output/format",
            "unknown_field"),
        invalid(
            "template missing",
            RequestJson.base().without("/output/template").toString(),
            "/output/template",
            "required"),
        invalid(
            "template not in the contract",
            RequestJson.base().with("/output/template", "\"pdf_report\"").toString(),
            "/output/template",
            "enum"),
        invalid(
            "template not registered",
            RequestJson.base().with("/output/template", "\"hiring_report\"").toString(),
            "/output/template",
            "template_not_available"),
        invalid(
            "templateParams is an array",
            RequestJson.base().with("/output/templateParams", "[]").toString(),
            "/output/templateParams",
            "type"),
        invalid(
            "unknown template parameter",
            RequestJson.base().with("/output/templateParams/colour", "\"red\"").toString(),
            "/output/templateParams/colour",
            "unknown_parameter"),
        invalid(
            "integer parameter given a string",
            RequestJson.base().with("/output/templateParams/max_quotes", "\"3\"").toString(),
            "/output/templateParams/max_quotes",
            "parameter_type"),
        invalid(
            "integer parameter given a fraction",
            RequestJson.base().with("/output/templateParams/max_quotes", "2.5").toString(),
            "/output/templateParams/max_quotes",
            "parameter_type"),
        invalid(
            "integer parameter above max",
            RequestJson.base().with("/output/templateParams/max_quotes", "11").toString(),
            "/output/templateParams/max_quotes",
            "parameter_range"),
        invalid(
            "integer parameter below min",
            RequestJson.base().with("/output/templateParams/max_quotes", "-1").toString(),
            "/output/templateParams/max_quotes",
            "parameter_range"),
        invalid(
            "boolean parameter given a string",
            RequestJson.base().with("/output/templateParams/include_metrics", "\"yes\"").toString(),
            "/output/templateParams/include_metrics",
            "parameter_type"),
        invalid(
            "number parameter given null",
            RequestJson.base().with("/output/templateParams/min_confidence", "null").toString(),
            "/output/templateParams/min_confidence",
            "parameter_type"),
        // structured template parameters
        invalid(
            "required parameter missing",
            profile().without("/output/templateParams/profile").toString(),
            "/output/templateParams/profile",
            "required"),
        invalid(
            "required parameter missing with templateParams absent",
            profile().without("/output/templateParams").toString(),
            "/output/templateParams/profile",
            "required"),
        invalid(
            "array parameter given an object",
            profile().with("/output/templateParams/profile", "{}").toString(),
            "/output/templateParams/profile",
            "parameter_type"),
        invalid(
            "array parameter with too few elements",
            profile().with("/output/templateParams/profile", "[]").toString(),
            "/output/templateParams/profile",
            "parameter_range"),
        invalid(
            "array element not an object",
            profile().with("/output/templateParams/profile/1", "\"sql\"").toString(),
            "/output/templateParams/profile/1",
            "parameter_type"),
        invalid(
            "nested number above max",
            profile().with("/output/templateParams/profile/2/weight", "11").toString(),
            "/output/templateParams/profile/2/weight",
            "parameter_range"),
        invalid(
            "nested number given a string",
            profile().with("/output/templateParams/profile/2/weight", "\"high\"").toString(),
            "/output/templateParams/profile/2/weight",
            "parameter_type"),
        invalid(
            "nested required member missing",
            profile().without("/output/templateParams/profile/0/id").toString(),
            "/output/templateParams/profile/0/id",
            "required"),
        invalid(
            "nested unknown member",
            profile().with("/output/templateParams/profile/0/colour", "\"red\"").toString(),
            "/output/templateParams/profile/0/colour",
            "unknown_parameter"),
        invalid(
            "nested string not in the allowed list",
            profile().with("/output/templateParams/profile/1/type", "\"mood\"").toString(),
            "/output/templateParams/profile/1/type",
            "parameter_range"),
        invalid(
            "nested string too short",
            profile().with("/output/templateParams/profile/1/id", "\"\"").toString(),
            "/output/templateParams/profile/1/id",
            "parameter_range"),
        invalid(
            "element of a nested array given a number",
            profile().with("/output/templateParams/profile/2/keywords/1", "7").toString(),
            "/output/templateParams/profile/2/keywords/1",
            "parameter_type"),
        // target
        invalid(
            "target missing",
            RequestJson.base().without("/target").toString(),
            "/target",
            "required"),
        invalid(
            "target is an array",
            RequestJson.base().with("/target", "[]").toString(),
            "/target",
            "type"),
        invalid(
            "unknown target field",
            RequestJson.base().with("/target/speaker", "\"A\"").toString(),
            "/target/speaker",
            "unknown_field"),
        invalid(
            "strategy missing",
            RequestJson.base().without("/target/strategy").toString(),
            "/target/strategy",
            "required"),
        invalid(
            "strategy unknown",
            RequestJson.base().with("/target/strategy", "\"loudest\"").toString(),
            "/target/strategy",
            "enum"),
        invalid(
            "on_miss unknown",
            RequestJson.base().with("/target/on_miss", "\"retry\"").toString(),
            "/target/on_miss",
            "enum"),
        invalid(
            "on_miss null",
            RequestJson.base().with("/target/on_miss", "null").toString(),
            "/target/on_miss",
            "type"),
        invalid(
            "hint is a number",
            RequestJson.base().with("/target/hint", "42").toString(),
            "/target/hint",
            "type"),
        invalid(
            "hint empty",
            RequestJson.base().with("/target/hint", "\"\"").toString(),
            "/target/hint",
            "min_length"),
        invalid(
            "hint 1025 chars",
            RequestJson.base().withLongString("/target/hint", 1025).toString(),
            "/target/hint",
            "max_length"),
        invalid(
            "magic_hint without hint",
            RequestJson.base().without("/target/hint").toString(),
            "/target/hint",
            "required"),
        invalid(
            "magic_hint with null hint",
            RequestJson.base().with("/target/hint", "null").toString(),
            "/target/hint",
            "required"),
        invalid(
            "entity_id strategy without entity_id",
            RequestJson.base()
                .with("/target/strategy", "\"entity_id\"")
                .with("/target/hint", "null")
                .toString(),
            "/target/entity_id",
            "required"),
        invalid(
            "entity_id 257 chars",
            RequestJson.base()
                .with("/target/strategy", "\"entity_id\"")
                .without("/target/hint")
                .withLongString("/target/entity_id", 257)
                .toString(),
            "/target/entity_id",
            "max_length"),
        invalid(
            "entity_id empty",
            RequestJson.base()
                .with("/target/strategy", "\"entity_id\"")
                .without("/target/hint")
                .with("/target/entity_id", "\"\"")
                .toString(),
            "/target/entity_id",
            "min_length"),
        invalid(
            "timerange strategy without timerange",
            RequestJson.base()
                .with("/target/strategy", "\"timerange\"")
                .without("/target/hint")
                .toString(),
            "/target/timerange",
            "required"),
        invalid(
            "timerange strategy with null timerange",
            RequestJson.base()
                .with("/target/strategy", "\"timerange\"")
                .without("/target/hint")
                .with("/target/timerange", "null")
                .toString(),
            "/target/timerange",
            "required"),
        invalid(
            "timerange without bounds", timerange("{}"), "/target/timerange", "timerange_bounds"),
        invalid(
            "timerange with null bounds",
            timerange("{\"start_seconds\": null, \"end_seconds\": null}"),
            "/target/timerange",
            "timerange_bounds"),
        invalid(
            "timerange start after end",
            timerange("{\"start_seconds\": 10, \"end_seconds\": 5}"),
            "/target/timerange/start_seconds",
            "timerange_order"),
        invalid(
            "timerange start negative",
            timerange("{\"start_seconds\": -1}"),
            "/target/timerange/start_seconds",
            "minimum"),
        invalid(
            "timerange end is a string",
            timerange("{\"end_seconds\": \"10\"}"),
            "/target/timerange/end_seconds",
            "type"),
        invalid(
            "timerange end beyond a double",
            timerange("{\"end_seconds\": 1e400}"),
            "/target/timerange/end_seconds",
            "number_range"),
        invalid(
            "unknown timerange field",
            timerange("{\"start_seconds\": 1, \"middle\": 2}"),
            "/target/timerange/middle",
            "unknown_field"),
        invalid("timerange is a string", timerange("\"0-10\""), "/target/timerange", "type"),
        invalid(
            "entity_id with magic_hint",
            RequestJson.base().with("/target/entity_id", "\"spk_1\"").toString(),
            "/target/entity_id",
            "not_applicable"),
        invalid(
            "timerange with magic_hint",
            RequestJson.base().with("/target/timerange", "{\"start_seconds\": 1}").toString(),
            "/target/timerange",
            "not_applicable"),
        invalid(
            "hint with dominant",
            RequestJson.base().with("/target/strategy", "\"dominant\"").toString(),
            "/target/hint",
            "not_applicable"),
        // labels
        invalid(
            "label empty",
            RequestJson.base().with("/label", "\"\"").toString(),
            "/label",
            "min_length"),
        invalid(
            "label 65 chars",
            RequestJson.base().withLongString("/label", 65).toString(),
            "/label",
            "max_length"),
        invalid(
            "label null", RequestJson.base().with("/label", "null").toString(), "/label", "type"),
        invalid(
            "entityLabel 65 chars",
            RequestJson.base().withLongString("/entityLabel", 65).toString(),
            "/entityLabel",
            "max_length"),
        invalid(
            "entityLabel is a number",
            RequestJson.base().with("/entityLabel", "7").toString(),
            "/entityLabel",
            "type"),
        // webhook
        invalid(
            "webhook is a string",
            RequestJson.base().with("/webhook", "\"https://x.example\"").toString(),
            "/webhook",
            "type"),
        invalid(
            "unknown webhook field",
            RequestJson.base().with("/webhook/secret", "\"s\"").toString(),
            "/webhook/secret",
            "unknown_field"),
        invalid(
            "webhook url missing",
            RequestJson.base().without("/webhook/url").toString(),
            "/webhook/url",
            "required"),
        invalid(
            "webhook url not a URI",
            RequestJson.base().with("/webhook/url", "\"not a uri\"").toString(),
            "/webhook/url",
            "format"),
        invalid(
            "webhook url relative",
            RequestJson.base().with("/webhook/url", "\"/reports/hook\"").toString(),
            "/webhook/url",
            "format"),
        invalid(
            "webhook url without host",
            RequestJson.base().with("/webhook/url", "\"https:hooks\"").toString(),
            "/webhook/url",
            "format"),
        invalid(
            "webhook url ftp",
            RequestJson.base().with("/webhook/url", "\"ftp://files.example.com/hook\"").toString(),
            "/webhook/url",
            "scheme"),
        invalid(
            "webhook header reserved",
            RequestJson.base().with("/webhook/headers/Webhook-Signature", "\"v1,x\"").toString(),
            "/webhook/headers/Webhook-Signature",
            "reserved_header"),
        invalid(
            "webhook header Host",
            RequestJson.base().with("/webhook/headers/host", "\"internal\"").toString(),
            "/webhook/headers/host",
            "reserved_header"),
        invalid(
            "webhook header name not a token",
            RequestJson.base().with("/webhook/headers/X Token", "\"t\"").toString(),
            "/webhook/headers/X Token",
            "format"),
        invalid(
            "webhook header value with CRLF",
            RequestJson.base()
                .with("/webhook/headers/X-Token", "\"a\\r\\nX-Injected: 1\"")
                .toString(),
            "/webhook/headers/X-Token",
            "format"),
        invalid(
            "webhook header value a number",
            RequestJson.base().with("/webhook/headers/X-Token", "5").toString(),
            "/webhook/headers/X-Token",
            "type"),
        invalid(
            "webhook headers an array",
            RequestJson.base().with("/webhook/headers", "[]").toString(),
            "/webhook/headers",
            "type"),
        // idempotencyKey
        invalid(
            "idempotencyKey empty",
            RequestJson.base().with("/idempotencyKey", "\"\"").toString(),
            "/idempotencyKey",
            "min_length"),
        invalid(
            "idempotencyKey 256 chars",
            RequestJson.base().withLongString("/idempotencyKey", 256).toString(),
            "/idempotencyKey",
            "max_length"),
        invalid(
            "idempotencyKey is a boolean",
            RequestJson.base().with("/idempotencyKey", "true").toString(),
            "/idempotencyKey",
            "type"),
        // control and bidirectional characters in ids
        invalid(
            "mediaId with a right-to-left override",
            RequestJson.base().with("/media/mediaId", "\"call\\u202e4pm.vtt\"").toString(),
            "/media/mediaId",
            "invalid_character"),
        invalid(
            "mediaId with a bell",
            RequestJson.base().with("/media/mediaId", "\"call\\u0007\"").toString(),
            "/media/mediaId",
            "invalid_character"),
        invalid(
            "mediaId with a C1 control",
            RequestJson.base().with("/media/mediaId", "\"call\\u0085x\"").toString(),
            "/media/mediaId",
            "invalid_character"),
        invalid(
            "idempotencyKey with an isolate",
            RequestJson.base().with("/idempotencyKey", "\"key-\\u20661\"").toString(),
            "/idempotencyKey",
            "invalid_character"),
        invalid(
            "idempotencyKey with an escape sequence",
            RequestJson.base().with("/idempotencyKey", "\"\\u001b[2Jkey\"").toString(),
            "/idempotencyKey",
            "invalid_character"),
        invalid(
            "entity_id with a zero-width joiner",
            RequestJson.base()
                .with("/target/strategy", "\"entity_id\"")
                .without("/target/hint")
                .with("/target/entity_id", "\"sam\\u200dpatel\"")
                .toString(),
            "/target/entity_id",
            "invalid_character"));
  }

  @Test
  void doesNameThePathAndTheCharacterWhenAnIdHoldsAnOverride() {
    String body = RequestJson.base().with("/media/mediaId", "\"call\\u202e4pm.vtt\"").toString();

    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .extracting(Violation::message)
                    .isEqualTo(
                        "media.mediaId must not contain control, formatting or bidirectional"
                            + " characters; found U+202E at character 5"));
  }

  @Test
  void doesAcceptRightToLeftAndAccentedTextInIdsAndLabels() {
    String body =
        RequestJson.base()
            .with("/media/mediaId", "\"\u05e9\u05d9\u05d7\u05d4-\u00e9t\u00e9\"")
            .with("/label", "\"Call \\u202e with an override is fine in a label\"")
            .toString();

    assertThat(json.readRequest(body, RULES).mediaId())
        .isEqualTo("\u05e9\u05d9\u05d7\u05d4-\u00e9t\u00e9");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void doesReportExactlyOneViolationWhenRequestBreaksOneRule(
      String rule, String body, String pointer, String code) {
    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactly(tuple(pointer, code)));
  }

  @Test
  void doesAcceptBaseRequestWhenNothingChanged() {
    assertThat(json.readRequest(RequestJson.BASE, RULES)).isNotNull();
    ContractSchemas.assertValid("create-report-job.request.schema.json", RequestJson.BASE);
  }

  @Test
  void doesReportEveryViolationWhenRequestHasSeveralFaults() {
    String body =
        """
        {
          "media": {},
          "output": {"template": "hiring_report", "extra": 1},
          "target": {"strategy": "timerange", "timerange": {"start_seconds": 9, "end_seconds": 3}},
          "label": "",
          "bogus": true
        }
        """;
    assertThatThrownBy(() -> json.readRequest(body, RULES))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactlyInAnyOrder(
                        tuple("/bogus", "unknown_field"),
                        tuple("/media/mediaId", "required"),
                        tuple("/output/extra", "unknown_field"),
                        tuple("/output/template", "template_not_available"),
                        tuple("/target/timerange/start_seconds", "timerange_order"),
                        tuple("/label", "min_length")));
  }

  /** A valid profile_alignment request with three profile items. */
  private static RequestJson profile() {
    return RequestJson.base()
        .with("/output/template", "\"profile_alignment\"")
        .with(
            "/output/templateParams",
            """
            {"profile": [
              {"id": "sql", "weight": 2, "type": "skill"},
              {"id": "calm", "type": "trait"},
              {"id": "lead", "weight": 1.5, "keywords": ["team", "mentor"]}
            ]}
            """);
  }

  @Test
  void doesAcceptStructuredParametersWhenEveryValueMatches() {
    assertThat(json.readRequest(profile().toString(), RULES).output().templateParams())
        .containsKey("profile");
  }

  private static Arguments invalid(String rule, String body, String pointer, String code) {
    return arguments(rule, body, pointer, code);
  }

  private static String timerange(String range) {
    return RequestJson.base()
        .with("/target/strategy", "\"timerange\"")
        .without("/target/hint")
        .with("/target/timerange", range)
        .toString();
  }
}
