package dev.reportengine.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import dev.reportengine.api.spi.ParameterSpec.Type;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The fluent parameter factories: each builds the record a positional constructor call would, and
 * every value that does not fit throws an {@link IllegalArgumentException} naming the parameter and
 * what is accepted.
 */
class ParameterSpecTest {

  @Nested
  class Factories {

    @Test
    void doesBuildAnOptionalStringWithNothingElseWhenOnlyNamed() {
      assertThat(Parameter.string("tone").build())
          .isEqualTo(
              new Parameter(
                  "tone",
                  Type.STRING,
                  "",
                  Optional.empty(),
                  OptionalLong.empty(),
                  OptionalLong.empty(),
                  false,
                  List.of(),
                  Optional.empty(),
                  List.of()));
    }

    @Test
    void doesBuildAStringWithLengthAllowedValuesAndDefault() {
      Parameter tone =
          Parameter.string("tone")
              .description("writing tone")
              .length(1, 10)
              .allowed("plain", "formal")
              .defaultValue("plain")
              .build();

      assertThat(tone)
          .isEqualTo(
              new Parameter(
                  "tone",
                  Type.STRING,
                  "writing tone",
                  Optional.of(JsonValue.of("plain")),
                  OptionalLong.of(1),
                  OptionalLong.of(10),
                  false,
                  List.of("plain", "formal"),
                  Optional.empty(),
                  List.of()));
    }

    @Test
    void doesBuildARequiredIntegerInRange() {
      Parameter level =
          Parameter.integer("level").description("the level").range(1, 5).required().build();

      assertThat(level)
          .isEqualTo(
              new Parameter(
                  "level",
                  Type.INTEGER,
                  "the level",
                  Optional.empty(),
                  OptionalLong.of(1),
                  OptionalLong.of(5),
                  true,
                  List.of(),
                  Optional.empty(),
                  List.of()));
    }

    @Test
    void doesBuildAnIntegerWithADefaultInRange() {
      Parameter count = Parameter.integer("count").range(1, 30).defaultValue(10).build();

      assertThat(count.defaultValue()).contains(JsonValue.of(10));
      assertThat(count.required()).isFalse();
    }

    @Test
    void doesBuildANumberWithAnIntegralOrDecimalDefault() {
      Parameter weight = Parameter.number("weight").range(0, 10).defaultValue(1).build();
      Parameter ratio = Parameter.number("ratio").range(0, 1).defaultValue(0.5).build();

      assertThat(List.of(weight.type(), ratio.type())).containsOnly(Type.NUMBER);
      assertThat(weight.defaultValue()).contains(JsonValue.of(1));
      assertThat(ratio.defaultValue()).contains(JsonValue.of(0.5));
    }

    @Test
    void doesBuildABooleanWithADefault() {
      Parameter metrics =
          Parameter.bool("include_metrics").description("add metrics").defaultValue(true).build();

      assertThat(metrics)
          .isEqualTo(
              new Parameter(
                  "include_metrics",
                  Type.BOOLEAN,
                  "add metrics",
                  Optional.of(JsonValue.of(true)),
                  OptionalLong.empty(),
                  OptionalLong.empty(),
                  false,
                  List.of(),
                  Optional.empty(),
                  List.of()));
    }

    @Test
    void doesBuildAnArrayWithItsItemsAndSize() {
      Parameter keyword = Parameter.string("keyword").build();

      Parameter keywords = Parameter.array("keywords", keyword).size(1, 50).required().build();

      assertThat(keywords)
          .isEqualTo(
              new Parameter(
                  "keywords",
                  Type.ARRAY,
                  "",
                  Optional.empty(),
                  OptionalLong.of(1),
                  OptionalLong.of(50),
                  true,
                  List.of(),
                  Optional.of(keyword),
                  List.of()));
    }

    @Test
    void doesBuildAnObjectWithItsFieldsInOrder() {
      Parameter id = Parameter.string("id").required().build();
      Parameter weight = Parameter.number("weight").range(0, 10).build();

      Parameter item = Parameter.object("item", id, weight).description("one item").build();

      assertThat(item.type()).isEqualTo(Type.OBJECT);
      assertThat(item.fields()).containsExactly(id, weight);
      assertThat(item.field("weight")).contains(weight);
    }

    @Test
    void doesLeaveTheEarlierStepUnchangedWhenAStepIsTaken() {
      Parameter.Builder base = Parameter.string("id").description("an id");

      Parameter required = base.required().build();
      Parameter optional = base.build();

      assertThat(required.required()).isTrue();
      assertThat(optional.required()).isFalse();
    }

    @Test
    void doesCollectParametersInOrderWhenASpecIsMadeOfThem() {
      Parameter a = Parameter.string("a").required().build();
      Parameter b = Parameter.bool("b").defaultValue(false).build();

      ParameterSpec spec = ParameterSpec.of(a, b);

      assertThat(spec.parameters()).containsExactly(a, b);
      assertThat(spec.requiredNames()).containsExactly("a");
    }
  }

  @Nested
  class BadValues {

    private void rejects(Supplier<?> step, String message) {
      assertThatThrownBy(step::get)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @Test
    void doesRejectABlankName() {
      rejects(
          () -> Parameter.integer(" "),
          "the name of the INTEGER parameter must not be blank, got [ ]");
    }

    @Test
    void doesRejectARangeWhoseMinIsAboveItsMax() {
      rejects(
          () -> Parameter.integer("level").range(5, 1),
          "range of parameter [level] must be min..max with min <= max, got 5..1");
    }

    @Test
    void doesRejectANegativeLengthOrSize() {
      rejects(
          () -> Parameter.string("id").length(-1, 64),
          "length of parameter [id] must be min..max with min <= max and min >= 0, got -1..64");
      rejects(
          () -> Parameter.array("tags", Parameter.string("tag").build()).size(-2, 3),
          "size of parameter [tags] must be min..max with min <= max and min >= 0, got -2..3");
    }

    @Test
    void doesRejectABoundOnATypeThatHasNone() {
      rejects(
          () -> Parameter.bool("flag").range(0, 1),
          "range does not apply to parameter [flag] of type BOOLEAN; it applies to [INTEGER, NUMBER]");
      rejects(
          () -> Parameter.integer("count").length(0, 3),
          "length does not apply to parameter [count] of type INTEGER; it applies to [STRING]");
      rejects(
          () -> Parameter.string("id").size(0, 3),
          "size does not apply to parameter [id] of type STRING; it applies to [ARRAY]");
    }

    @Test
    void doesRejectAllowedValuesOnANonString() {
      rejects(
          () -> Parameter.integer("count").allowed("1", "2"),
          "allowed does not apply to parameter [count] of type INTEGER; it applies to [STRING]");
    }

    @Test
    void doesRejectNoOrRepeatedAllowedValues() {
      rejects(
          () -> Parameter.string("tone").allowed(),
          "allowed values of parameter [tone] must be one or more distinct strings, got []");
      rejects(
          () -> Parameter.string("tone").allowed("plain", "plain"),
          "allowed values of parameter [tone] must be one or more distinct strings, got [plain,"
              + " plain]");
    }

    @Test
    void doesRejectADefaultOfAnotherType() {
      rejects(
          () -> Parameter.integer("count").defaultValue("ten"),
          "default \"ten\" of parameter [count] is not of its type INTEGER; give a default of type INTEGER");
      rejects(
          () -> Parameter.integer("count").defaultValue(0.5),
          "default 0.5 of parameter [count] is not of its type INTEGER; give a default of type INTEGER");
      rejects(
          () -> Parameter.string("tone").defaultValue(true),
          "default true of parameter [tone] is not of its type STRING; give a default of type STRING");
    }

    @Test
    void doesRejectADefaultOnAnArrayOrObject() {
      rejects(
          () -> Parameter.array("tags", Parameter.string("tag").build()).defaultValue("a"),
          "defaultValue does not apply to parameter [tags] of type ARRAY; it applies to [STRING,"
              + " INTEGER, NUMBER, BOOLEAN]");
    }

    @Test
    void doesRejectADefaultOutsideTheRangeOrLength() {
      rejects(
          () -> Parameter.integer("count").range(1, 30).defaultValue(31).build(),
          "default 31 of parameter [count] is outside its range 1..30");
      rejects(
          () -> Parameter.number("ratio").defaultValue(-0.5).range(0, 1).build(),
          "default -0.5 of parameter [ratio] is outside its range 0..1");
      rejects(
          () -> Parameter.string("id").length(2, 4).defaultValue("x").build(),
          "default \"x\" of parameter [id] is outside its length 2..4");
    }

    @Test
    void doesRejectADefaultThatIsNotAllowed() {
      rejects(
          () -> Parameter.string("tone").allowed("plain", "formal").defaultValue("loud").build(),
          "default \"loud\" of parameter [tone] is not allowed; allowed: [plain, formal]");
    }

    @Test
    void doesRejectADefaultOnARequiredParameterInEitherOrder() {
      rejects(
          () -> Parameter.integer("count").required().defaultValue(3),
          "parameter [count] is required, so it cannot have a default (got 3)");
      rejects(
          () -> Parameter.integer("count").defaultValue(3).required(),
          "parameter [count] has the default 3, so it cannot be required; use one or the other");
    }

    @Test
    void doesRejectASettingGivenTwice() {
      rejects(
          () -> Parameter.integer("count").range(1, 5).range(1, 10),
          "range of parameter [count] was already set to 1..5");
      rejects(
          () -> Parameter.string("id").description("a").description("b"),
          "description of parameter [id] was already set to a");
      rejects(
          () -> Parameter.bool("flag").defaultValue(true).defaultValue(false),
          "defaultValue of parameter [flag] was already set to true");
      rejects(
          () -> Parameter.string("id").required().required(),
          "required of parameter [id] was already set to true");
      rejects(
          () -> Parameter.string("tone").allowed("a").allowed("b"),
          "allowed of parameter [tone] was already set to [a]");
    }

    @Test
    void doesRejectAnObjectWithTwoFieldsOfOneName() {
      rejects(
          () ->
              Parameter.object(
                  "item", Parameter.string("id").build(), Parameter.bool("id").build()),
          "duplicate parameter [id]; names must be unique, got [id, id]");
    }

    @Test
    void doesRejectASpecWithTwoParametersOfOneName() {
      rejects(
          () -> ParameterSpec.of(Parameter.string("a").build(), Parameter.string("a").build()),
          "duplicate parameter [a]; names must be unique, got [a, a]");
    }
  }
}
