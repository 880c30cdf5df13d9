package dev.reportengine.core.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.json.JsonValue.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void pretty_indentsByTwoAndKeepsMemberOrder() {
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
  void pretty_keepsStringsOnOneLine() {
    assertThat(JsonText.pretty(JsonValue.of("a\"b\\c\nd\te\u0001f\u2028")))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"");
  }

  @Test
  void pretty_writesNumbersWithoutExponentsOrTrailingZeros() {
    assertThat(JsonText.pretty(new JsonValue.JsonNumber(new BigDecimal("1000.50"))))
        .isEqualTo("1000.5");
    assertThat(JsonText.pretty(new JsonValue.JsonNumber(new BigDecimal("2E+3")))).isEqualTo("2000");
    assertThat(JsonText.pretty(new JsonValue.JsonNumber(new BigDecimal("1E+400"))))
        .isEqualTo("1E+400");
  }
}
