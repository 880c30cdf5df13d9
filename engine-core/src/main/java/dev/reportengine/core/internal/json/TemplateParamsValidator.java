package dev.reportengine.core.internal.json;

import dev.reportengine.api.Template;
import dev.reportengine.api.json.JsonText;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.api.spi.ParameterSpec.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks {@code output.templateParams} against the chosen template's {@link ParameterSpec}, into
 * arrays and objects to any depth, so each violation points at the exact value.
 */
final class TemplateParamsValidator {
  private TemplateParamsValidator() {}

  static void validate(
      ObjectNode params, Template template, ParameterSpec spec, Pointer here, FieldChecks checks) {
    members(params, spec.parameters(), "template " + template.wireName(), here, checks);
  }

  private static void members(
      ObjectNode object, List<Parameter> accepted, String owner, Pointer here, FieldChecks checks) {
    List<String> names = accepted.stream().map(Parameter::name).sorted().toList();
    object
        .properties()
        .forEach(
            entry -> {
              Pointer at = here.child(entry.getKey());
              Optional<Parameter> parameter =
                  accepted.stream().filter(p -> p.name().equals(entry.getKey())).findFirst();
              if (parameter.isEmpty()) {
                checks.add(
                    at,
                    ViolationCode.UNKNOWN_PARAMETER,
                    "unknown parameter "
                        + Texts.quote(entry.getKey())
                        + " for "
                        + owner
                        + "; accepted: "
                        + Texts.list(names));
              } else {
                check(entry.getValue(), parameter.get(), at, checks);
              }
            });
    for (Parameter p : accepted) {
      if (p.required() && !object.has(p.name())) {
        checks.add(
            here.child(p.name()),
            ViolationCode.REQUIRED,
            "parameter " + Texts.quote(p.name()) + " is required by " + owner);
      }
    }
  }

  private static void check(JsonNode value, Parameter parameter, Pointer at, FieldChecks checks) {
    boolean typed =
        switch (parameter.type()) {
          case STRING -> value.isString();
          case BOOLEAN -> value.isBoolean();
          case NUMBER -> value.isNumber();
          case INTEGER -> value.isNumber() && isIntegral(value.decimalValue());
          case ARRAY -> value.isArray();
          case OBJECT -> value.isObject();
        };
    if (!typed) {
      String got =
          value.isNumber()
              ? Texts.shorten(JsonText.number(value.decimalValue()))
              : FieldChecks.typeName(value);
      checks.add(
          at,
          ViolationCode.PARAMETER_TYPE,
          checks.name(at) + " must be " + article(parameter.type()) + ", got " + got);
    } else if (value.isNumber()) {
      checkRange(value.decimalValue(), parameter, at, checks);
    } else if (value.isString()) {
      checkString(value.stringValue(), parameter, at, checks);
    } else if (value.isArray()) {
      checkArray((ArrayNode) value, parameter, at, checks);
    } else if (value.isObject()) {
      members((ObjectNode) value, parameter.fields(), checks.name(at), at, checks);
    }
  }

  private static void checkString(
      String value, Parameter parameter, Pointer at, FieldChecks checks) {
    if (!parameter.allowed().isEmpty() && !parameter.allowed().contains(value)) {
      checks.add(
          at,
          ViolationCode.PARAMETER_RANGE,
          checks.name(at)
              + " must be one of "
              + Texts.list(parameter.allowed())
              + ", got "
              + Texts.quote(Texts.shorten(value)));
      return;
    }
    long length = value.codePointCount(0, value.length());
    if (outside(length, parameter)) {
      checks.add(
          at,
          ViolationCode.PARAMETER_RANGE,
          checks.name(at) + " must have " + range(parameter) + " characters, got " + length);
    }
  }

  private static void checkArray(
      ArrayNode array, Parameter parameter, Pointer at, FieldChecks checks) {
    if (outside(array.size(), parameter)) {
      checks.add(
          at,
          ViolationCode.PARAMETER_RANGE,
          checks.name(at) + " must have " + range(parameter) + " elements, got " + array.size());
    }
    Parameter items = parameter.items().orElseThrow();
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), items, at.index(i), checks);
    }
  }

  private static boolean outside(long value, Parameter parameter) {
    return parameter.min().isPresent() && value < parameter.min().getAsLong()
        || parameter.max().isPresent() && value > parameter.max().getAsLong();
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
              + Texts.shorten(JsonText.number(value)));
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
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }
}
