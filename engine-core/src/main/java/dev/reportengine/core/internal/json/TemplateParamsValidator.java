package dev.reportengine.core.internal.json;

import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks {@code output.templateParams} against the chosen template's {@link ParameterSpec}. */
final class TemplateParamsValidator {
  private TemplateParamsValidator() {}

  static void validate(
      ObjectNode params, Template template, ParameterSpec spec, Pointer here, FieldChecks checks) {
    List<String> accepted = spec.parameters().stream().map(Parameter::name).sorted().toList();
    params
        .properties()
        .forEach(
            entry -> {
              Pointer at = here.child(entry.getKey());
              Optional<Parameter> parameter = spec.parameter(entry.getKey());
              if (parameter.isEmpty()) {
                checks.add(
                    at,
                    ViolationCode.UNKNOWN_PARAMETER,
                    "unknown parameter "
                        + Texts.quote(entry.getKey())
                        + " for template "
                        + template.wireName()
                        + "; accepted: "
                        + Texts.list(accepted));
              } else {
                check(entry.getValue(), parameter.get(), at, checks);
              }
            });
  }

  private static void check(JsonNode value, Parameter parameter, Pointer at, FieldChecks checks) {
    boolean typed =
        switch (parameter.type()) {
          case STRING -> value.isString();
          case BOOLEAN -> value.isBoolean();
          case NUMBER -> value.isNumber();
          case INTEGER -> value.isNumber() && isIntegral(value.decimalValue());
        };
    if (!typed) {
      String got =
          value.isNumber()
              ? Texts.shorten(NumberText.format(value.decimalValue()))
              : FieldChecks.typeName(value);
      checks.add(
          at,
          ViolationCode.PARAMETER_TYPE,
          checks.name(at) + " must be " + article(parameter.type()) + ", got " + got);
    } else if (value.isNumber()) {
      checkRange(value.decimalValue(), parameter, at, checks);
    }
  }

  private static void checkRange(
      BigDecimal value, Parameter parameter, Pointer at, FieldChecks checks) {
    boolean belowMin =
        parameter.min().isPresent()
            && value.compareTo(BigDecimal.valueOf(parameter.min().getAsLong())) < 0;
    boolean aboveMax =
        parameter.max().isPresent()
            && value.compareTo(BigDecimal.valueOf(parameter.max().getAsLong())) > 0;
    if (belowMin || aboveMax) {
      checks.add(
          at,
          ViolationCode.PARAMETER_RANGE,
          checks.name(at)
              + " must be "
              + range(parameter)
              + ", got "
              + Texts.shorten(NumberText.format(value)));
    }
  }

  private static String range(Parameter parameter) {
    if (parameter.min().isPresent() && parameter.max().isPresent()) {
      return "between " + parameter.min().getAsLong() + " and " + parameter.max().getAsLong();
    }
    return parameter.min().isPresent()
        ? "at least " + parameter.min().getAsLong()
        : "at most " + parameter.max().getAsLong();
  }

  private static boolean isIntegral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static String article(ParameterSpec.Type type) {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
    };
  }
}
