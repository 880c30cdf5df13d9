package dev.reportengine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's one JSON writer, {@link JsonText}: the layout of report.json, of the JSON blocks in
 * Markdown and PDF reports, and of error bodies.
 */
class JsonTextTest {

  @Test
  void prettyIndentsByTwoAndKeepsMemberOrder() {
    JsonValue value =
        JsonObject.builder()
            .put("z", 1)
            .put("a", JsonValue.array(List.of(JsonValue.of(true), JsonValue.NULL)))
            .put("o", JsonValue.object(Map.of()))
            .put("l", JsonValue.array(List.of()))
            .build();

    assertThat(JsonText.pretty(value))
        .isEqualTo(
            "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"o\": {},\n  \"l\": []\n}");
  }

  @Test
  void prettyKeepsStringsOnOneLineAndInDisplayOrder() {
    assertThat(JsonText.pretty(JsonValue.of("a\"b\\c\nd\te\u0001f\u2028g\u009bh\u202ei\u200fj")))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g\\u009bh\\u202ei\u200fj\"");
  }

  @Test
  void prettyWithABoundCutsAndSaysWhere() {
    JsonValue big =
        JsonValue.array(
            IntStream.range(0, 10_000).mapToObj(i -> JsonValue.of("item " + i)).toList());

    String cut = JsonText.pretty(big, 40);

    assertThat(cut).startsWith("[\n  \"item 0\",\n  \"item 1\",\n  \"item 2\"");
    assertThat(cut).endsWith("\n\u2026 (cut at 40 characters)");
    assertThat(cut.length()).isEqualTo(40 + "\n\u2026 (cut at 40 characters)".length());
    assertThat(JsonText.pretty(JsonValue.of("short"), 40)).isEqualTo("\"short\"");
    assertThatThrownBy(() -> JsonText.pretty(big, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChars must be 0 or more, was -1");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "0.000, 0",
    "-0.0, 0",
    "1E+1, 10",
    "1.50, 1.5",
    "1000.50, 1000.5",
    "123456789012345678901, 123456789012345678901",
    "1234567890123456789012, 1.234567890123456789012E+21",
    "0.0000001, 0.0000001",
    "0.00000001, 1E-8",
    "1e400, 1E+400",
    "-2.5e-3, -0.0025"
  })
  void numberWritesLikeJavaScript(String input, String expected) {
    assertThat(JsonText.number(new BigDecimal(input))).isEqualTo(expected);
    assertThat(JsonText.pretty(new JsonValue.JsonNumber(new BigDecimal(input))))
        .isEqualTo(expected);
  }
}
