package dev.reportengine.core.internal.json;

import dev.reportengine.api.Template;
import dev.reportengine.api.spi.ParameterSpec;
import dev.reportengine.core.RequestRules;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Checks {@code output}: a template this engine has, with parameters its spec accepts. */
final class OutputValidator {
  private static final List<String> FIELDS = List.of("template", "templateParams");
  private static final List<String> TEMPLATES =
      Arrays.stream(Template.values()).map(Template::wireName).toList();

  private OutputValidator() {}

  static void validate(JsonNode node, RequestRules rules, FieldChecks checks) {
    Pointer here = Pointer.ROOT.child("output");
    checks
        .object(node, here)
        .ifPresent(
            output -> {
              checks.knownFields(output, here, FIELDS);
              Optional<Template> template =
                  checks
                      .required(output, here, "template")
                      .flatMap(name -> checks.oneOf(name, here.child("template"), TEMPLATES))
                      .flatMap(Template::fromWireName);
              Optional<ParameterSpec> spec =
                  template.flatMap(t -> available(t, rules, here.child("template"), checks));
              Pointer params = here.child("templateParams");
              Optional<JsonNode> given = FieldChecks.member(output, "templateParams");
              Optional<ObjectNode> object =
                  given.isPresent()
                      ? given.flatMap(value -> checks.object(value, params))
                      : Optional.of(JsonNodeFactory.instance.objectNode());
              object.ifPresent(
                  checked ->
                      spec.ifPresent(
                          s ->
                              TemplateParamsValidator.validate(
                                  checked, template.orElseThrow(), s, params, checks)));
            });
  }

  private static Optional<ParameterSpec> available(
      Template template, RequestRules rules, Pointer here, FieldChecks checks) {
    ParameterSpec spec = rules.templates().get(template);
    if (spec == null) {
      List<String> names =
          rules.templates().keySet().stream().map(Template::wireName).sorted().toList();
      checks.add(
          here,
          ViolationCode.TEMPLATE_NOT_AVAILABLE,
          "template "
              + template.wireName()
              + " is not available in this engine; available: "
              + Texts.list(names));
    }
    return Optional.ofNullable(spec);
  }
}
