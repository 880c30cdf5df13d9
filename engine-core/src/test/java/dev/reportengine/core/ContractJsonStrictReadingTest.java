package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.reportengine.api.Block;
import dev.reportengine.api.InvalidRequestException;
import dev.reportengine.api.SectionContent;
import dev.reportengine.api.Violation;
import dev.reportengine.api.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractJsonStrictReadingTest {
  private static final String REPORT_HEAD =
      "{\"id\": \"r\", \"createdAt\": \"2024-05-01T12:00:00Z\", \"media\": {},"
          + " \"output\": {\"template\": \"general_report\"}";

  private final ContractJson json = ContractJson.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown root member|, \"extra\": 1|/extra|unknown_field",
        "unknown entity member|, \"entity\": {\"id\": \"a\", \"label\": null, \"role\": \"x\"}|/entity/role|unknown_field",
        "entity without label|, \"entity\": {\"id\": \"a\"}|/entity/label|required",
        "unknown section member|, \"sections\": [{\"section_title\": \"t\", \"section_content\": 1, \"x\": 2}]|/sections/0/x|unknown_field",
        "card without icon|, \"sections\": [{\"section_title\": \"t\", \"section_content\": {\"type\": \"card\", \"title\": \"a\", \"content\": \"b\"}}]|/sections/0/section_content/icon|required",
        "unknown member in block list|, \"sections\": [{\"section_title\": \"t\", \"section_content\": [{\"type\": \"text\", \"content\": \"a\", \"size\": 3}]}]|/sections/0/section_content/0/size|unknown_field",
        "grid with five columns|, \"sections\": [{\"section_title\": \"t\", \"section_content\": {\"type\": \"grid\", \"columns\": 5, \"items\": []}}]|/sections/0/section_content/columns|enum",
        "grid item not a card|, \"sections\": [{\"section_title\": \"t\", \"section_content\": {\"type\": \"grid\", \"columns\": 2, \"items\": [{\"type\": \"text\", \"icon\": \"i\", \"title\": \"a\", \"content\": \"b\"}]}}]|/sections/0/section_content/items/0/type|enum",
        "unknown illustration variant|, \"sections\": [{\"section_title\": \"t\", \"section_content\": {\"type\": \"illustration\", \"variant\": \"sunset\"}}]|/sections/0/section_content/variant|enum",
        "relative pdfUrl|, \"pdfUrl\": \"r.pdf\"|/pdfUrl|format",
        "label is null|, \"label\": null|/label|type",
        "summary is a number|, \"sections\": null, \"metrics\": {\"a\": 1}, \"raw\": null, \"summary\": 3|/summary|type"
      })
  void doesRejectReportWhenMemberBreaksSchema(
      String rule, String tail, String pointer, String code) {
    assertViolations(() -> json.readReport(REPORT_HEAD + tail + "}"), tuple(pointer, code));
  }

  @Test
  void doesReportEveryMissingMemberWhenReportIsEmptyObject() {
    assertViolations(
        () -> json.readReport("{}"),
        tuple("/id", "required"),
        tuple("/createdAt", "required"),
        tuple("/media", "required"),
        tuple("/output", "required"));
  }

  @Test
  void doesRejectMalformedInstantWhenReadingReport() {
    assertViolations(
        () ->
            json.readReport(
                "{\"id\": \"r\", \"createdAt\": \"yesterday\", \"media\": {},"
                    + " \"output\": {\"template\": \"general_report\"}}"),
        tuple("/createdAt", "format"));
  }

  @Test
  void doesDecodeFreeJsonWhenContentIsNotShapedLikeBlocks() {
    String report =
        REPORT_HEAD
            + ", \"sections\": ["
            + "{\"section_title\": \"a\", \"section_content\": {\"type\": \"chart\"}},"
            + "{\"section_title\": \"b\", \"section_content\": [{\"type\": \"text\", \"content\": \"x\"}, 1]},"
            + "{\"section_title\": \"c\", \"section_content\": [{\"type\": \"text\", \"content\": \"x\"}]}"
            + "]}";

    List<SectionContent> contents =
        json.readReport(report).sections().orElseThrow().stream().map(s -> s.content()).toList();

    assertThat(contents.get(0)).isInstanceOf(SectionContent.FreeJson.class);
    assertThat(contents.get(1)).isInstanceOf(SectionContent.FreeJson.class);
    assertThat(contents.get(2)).isEqualTo(new SectionContent.Blocks(List.of(Block.Text.of("x"))));
  }

  @Test
  void doesReadRawNullAsJsonNullWhenPresent() {
    assertThat(json.readReport(REPORT_HEAD + ", \"raw\": null}").raw()).contains(JsonValue.NULL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown member|owner|\"x\"|/owner|unknown_field",
        "progress above 1|progress|1.5|/progress|maximum",
        "progress negative|progress|-0.5|/progress|minimum",
        "unknown status|status|\"paused\"|/status|enum",
        "unknown stage|stage|\"render_html\"|/stage|enum",
        "unknown error code|error|{\"code\": \"oops\", \"message\": \"m\"}|/error/code|enum",
        "unknown error member|error|{\"code\": \"internal\", \"message\": \"m\", \"trace\": \"t\"}|/error/trace|unknown_field",
        "error without message|error|{\"code\": \"internal\"}|/error/message|required",
        "malformed startedAt|startedAt|\"soon\"|/startedAt|format",
        "jobId missing|jobId||/jobId|required"
      })
  void doesRejectJobWhenMemberBreaksSchema(
      String rule, String member, String value, String pointer, String code) {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("jobId", "\"j\"");
    members.put("status", "\"queued\"");
    members.put("progress", "0");
    members.put("createdAt", "\"2024-05-01T12:00:00Z\"");
    if (value == null) {
      members.remove(member);
    } else {
      members.put(member, value);
    }
    String job =
        members.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));

    assertViolations(() -> json.readJob(job), tuple(pointer, code));
  }

  @Test
  void doesRejectJobWhenBodyIsArray() {
    assertViolations(() -> json.readJob("[]"), tuple("", "type"));
  }

  private static void assertViolations(ThrowingCallable call, Tuple... expected) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer, Violation::code)
                    .containsExactlyInAnyOrder(expected));
  }
}
